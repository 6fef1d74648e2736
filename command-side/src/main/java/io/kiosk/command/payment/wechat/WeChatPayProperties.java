package io.kiosk.command.payment.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The merchant's WeChat Pay (API v3) account. Keys come from the environment, never from the repository.
 *
 * @param apiUrl               WeChat Pay's API
 * @param appId                the app (official account, mini program) the payments belong to
 * @param merchantId           the merchant number ({@code mchid}); WeChat Pay is off while it is blank
 * @param merchantSerialNumber the serial number of the merchant API certificate whose key signs requests
 * @param privateKey           the merchant API private key (PKCS#8, PEM or bare base64)
 * @param platformKeys         WeChat Pay's keys that sign its answers and notifications, each named by the serial it
 *                             sends in {@code Wechatpay-Serial}; several while WeChat Pay rotates its platform
 *                             certificate, or while the merchant moves to the WeChat Pay public key. Entries with
 *                             neither serial nor key (an unset environment variable) are left out
 * @param apiV3Key             the 32-character APIv3 key that encrypts notification resources
 * @param notifyUrl            where WeChat Pay posts payment notifications (Kiosk's public address)
 * @param tolerance            how far a signed timestamp may be from now
 * @param refundNotifyUrl      where WeChat Pay posts refund notifications (Kiosk's public address)
 */
@ConfigurationProperties("kiosk.payments.wechat")
public record WeChatPayProperties(URI apiUrl, String appId, String merchantId, String merchantSerialNumber,
                                  String privateKey, List<PlatformKey> platformKeys, String apiV3Key, String notifyUrl,
                                  Duration tolerance, String refundNotifyUrl) {

    /**
     * One of WeChat Pay's signing keys: a platform certificate's (serial: the certificate's serial number) or the
     * WeChat Pay public key (serial: its {@code PUB_KEY_ID_...}), as X.509 public key PEM or bare base64.
     */
    public record PlatformKey(String serial, String publicKey) {

        boolean isBlank() {
            return (serial == null || serial.isBlank()) && (publicKey == null || publicKey.isBlank());
        }
    }

    public WeChatPayProperties {
        apiUrl = apiUrl == null ? URI.create("https://api.mch.weixin.qq.com") : apiUrl;
        platformKeys = platformKeys == null ? List.of() : platformKeys.stream().filter(key -> !key.isBlank()).toList();
        tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
    }

    public boolean isConfigured() {
        return merchantId != null && !merchantId.isBlank();
    }
}
