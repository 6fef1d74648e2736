package io.kiosk.command.payment.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.command.payment.alipay.AlipayProperties;
import io.kiosk.command.payment.card.CardProperties;
import io.kiosk.command.payment.wechat.WeChatPayProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * With {@code kiosk.payments.provider=sandbox} (the run command's default) every method is collected by
 * the built-in simulator, and the notification endpoints verify with the sandbox's keys instead of the
 * merchant accounts': the sandbox's provider settings are the primary ones. Nothing of it exists otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosk.payments.provider", havingValue = "sandbox")
class SandboxConfiguration {

    @Bean
    SandboxStore sandboxStore(JdbcClient jdbc, Clock clock) {
        return new SandboxStore(jdbc, clock);
    }

    /** The same keys on every instance: made by the first, kept in the database. */
    @Bean
    SandboxKeys sandboxKeys(SandboxStore store) {
        return store.keys();
    }

    @Bean
    SandboxGateway sandboxGateway(@Value("${kiosk.public-url}") String publicUrl, SandboxNotices notices, SandboxStore store,
                                  Clock clock) {
        return new SandboxGateway(publicUrl, notices, store, clock);
    }

    @Bean
    SandboxNotices sandboxNotices(SandboxKeys keys, ObjectMapper json, Clock clock) {
        return new SandboxNotices(keys, json, clock);
    }

    @Bean
    @Primary
    AlipayProperties sandboxAlipay(SandboxKeys keys) {
        return new AlipayProperties(URI.create("http://localhost/sandbox"), SandboxNotices.ALIPAY_APP_ID,
                base64(keys.merchant().getPrivate().getEncoded()), base64(keys.alipay().getPublic().getEncoded()),
                null, null, null, null);
    }

    @Bean
    @Primary
    WeChatPayProperties sandboxWeChatPay(SandboxKeys keys) {
        return new WeChatPayProperties(URI.create("http://localhost/sandbox"), SandboxNotices.WECHAT_APP_ID,
                SandboxNotices.WECHAT_MERCHANT, "SANDBOX", base64(keys.merchant().getPrivate().getEncoded()),
                List.of(new WeChatPayProperties.PlatformKey(SandboxNotices.WECHAT_PLATFORM_SERIAL,
                        base64(keys.wechatPlatform().getPublic().getEncoded()))),
                keys.wechatApiV3Key(), null, Duration.ofMinutes(5), null);
    }

    @Bean
    @Primary
    CardProperties sandboxCard(SandboxKeys keys) {
        return new CardProperties(URI.create("http://localhost/sandbox"), "sk_sandbox", keys.cardWebhookSecret(),
                Duration.ofMinutes(5));
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
