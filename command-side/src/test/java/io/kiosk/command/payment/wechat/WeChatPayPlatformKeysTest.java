package io.kiosk.command.payment.wechat;

import io.kiosk.command.payment.TestKeyPairs;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the platform keys are configured: a list by serial, unset slots left out, mistakes stopping the start with the property named. */
class WeChatPayPlatformKeysTest {

    private static final String KEY = TestKeyPairs.pem(TestKeyPairs.rsa().getPublic());

    private static WeChatPayProperties merchantWith(List<WeChatPayProperties.PlatformKey> keys) {
        return new WeChatPayProperties(URI.create("https://api.mch.weixin.qq.com"), "wxd678efh567hg6787", "1900000109",
                "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", TestKeyPairs.base64(TestKeyPairs.rsa().getPrivate()), keys,
                UUID.randomUUID().toString().replace("-", ""), "https://kiosk.example.com/n", Duration.ofMinutes(5), null);
    }

    @Test
    void an_unset_second_key_is_left_out() {
        WeChatPayProperties merchant = merchantWith(List.of(new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", KEY),
                new WeChatPayProperties.PlatformKey("", ""), new WeChatPayProperties.PlatformKey(null, null)));

        assertThat(merchant.platformKeys()).containsExactly(new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", KEY));
    }

    @Test
    void a_merchant_without_any_platform_key_does_not_start() {
        assertThatThrownBy(() -> new WeChatPaySignatures(merchantWith(List.of()), Clock.systemUTC()))
                .hasMessageContaining("kiosk.payments.wechat.platform-keys").hasMessageContaining("KIOSK_WECHAT_PLATFORM_SERIAL");
    }

    @Test
    void a_key_without_its_serial_or_a_serial_without_its_key_does_not_start() {
        assertThatThrownBy(() -> new WeChatPaySignatures(merchantWith(List.of(new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", KEY),
                new WeChatPayProperties.PlatformKey(" ", KEY))), Clock.systemUTC()))
                .hasMessageContaining("kiosk.payments.wechat.platform-keys[1].serial");
        assertThatThrownBy(() -> new WeChatPaySignatures(merchantWith(List.of(new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", ""))),
                Clock.systemUTC()))
                .hasMessageContaining("kiosk.payments.wechat.platform-keys[0].public-key");
    }

    @Test
    void the_same_serial_twice_does_not_start() {
        assertThatThrownBy(() -> new WeChatPaySignatures(merchantWith(List.of(new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", KEY),
                new WeChatPayProperties.PlatformKey("PUB_KEY_ID_1", KEY))), Clock.systemUTC()))
                .hasMessageContaining("PUB_KEY_ID_1 is configured twice");
    }
}
