package io.kiosk.command.payment.sandbox;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The keys the sandbox plays the providers with: "Alipay's" and "WeChat Pay's" signing keys, a merchant key for the
 * adapters' side, the APIv3 key and the card webhook secret. Made by the first command-side instance that needs them
 * and kept in the database ({@link SandboxStore}), so that what one instance signs another verifies.
 */
record SandboxKeys(KeyPair alipay, KeyPair wechatPlatform, KeyPair merchant, String wechatApiV3Key, String cardWebhookSecret) {

    static SandboxKeys generate() {
        SecureRandom random = new SecureRandom();
        byte[] apiV3 = new byte[16];
        random.nextBytes(apiV3);
        byte[] webhook = new byte[24];
        random.nextBytes(webhook);
        return new SandboxKeys(rsa(), rsa(), rsa(), HexFormat.of().formatHex(apiV3), "whsec_" + HexFormat.of().formatHex(webhook));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("RSA is part of every JDK", impossible);
        }
    }
}
