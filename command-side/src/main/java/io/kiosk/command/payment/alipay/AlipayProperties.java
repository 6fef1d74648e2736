package io.kiosk.command.payment.alipay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The merchant's Alipay open-platform application. Keys come from the environment, never from the repository.
 *
 * @param gatewayUrl      Alipay's open API gateway ({@code gateway.do}); the sandbox's is {@code https://openapi-sandbox.dl.alipaydev.com/gateway.do}
 * @param appId           the application's id; Alipay payments are off while it is blank
 * @param privateKey      the application's RSA private key (PKCS#8, PEM or bare base64) that signs requests
 * @param alipayPublicKey Alipay's public key (X.509, PEM or bare base64) that verifies notifications
 * @param notifyUrl       where Alipay posts asynchronous notifications (Kiosk's public address)
 * @param returnUrl       where the cashier sends the customer back, or blank
 * @param productCode     the signed product: {@code FAST_INSTANT_TRADE_PAY} for the PC cashier page
 * @param cashier         {@code page}: the customer is sent to Alipay's cashier page ({@code alipay.trade.page.pay});
 *                        {@code qr-code}: Kiosk shows a code to scan with the Alipay app ({@code alipay.trade.precreate})
 */
@ConfigurationProperties("kiosk.payments.alipay")
public record AlipayProperties(URI gatewayUrl, String appId, String privateKey, String alipayPublicKey, String notifyUrl,
                               String returnUrl, String productCode, Cashier cashier) {

    /** How the customer reaches Alipay. */
    public enum Cashier { PAGE, QR_CODE }

    public AlipayProperties {
        gatewayUrl = gatewayUrl == null ? URI.create("https://openapi.alipay.com/gateway.do") : gatewayUrl;
        productCode = productCode == null || productCode.isBlank() ? "FAST_INSTANT_TRADE_PAY" : productCode;
        cashier = cashier == null ? Cashier.PAGE : cashier;
    }

    public boolean isConfigured() {
        return appId != null && !appId.isBlank();
    }
}
