package io.kiosk.command.payment.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.net.URI;
import java.time.Duration;

/**
 * The merchant's WeChat Pay (API v3) account. Keys come from the environment, never from the repository.
 *
 * @param apiUrl               WeChat Pay's API
 * @param appId                the app (official account, mini program) the payments belong to
 * @param merchantId           the merchant number ({@code mchid}); WeChat Pay is off while it is blank
 * @param merchantSerialNumber the serial number of the merchant API certificate whose key signs requests
 * @param privateKey           the merchant API private key (PKCS#8, PEM or bare base64)
 * @param platformPublicKey    WeChat Pay's public key (or platform certificate's key) that verifies its answers and notifications
 * @param platformSerialNumber its id ({@code Wechatpay-Serial}); a notification naming another is refused
 * @param apiV3Key             the 32-character APIv3 key that encrypts notification resources
 * @param notifyUrl            where WeChat Pay posts payment notifications (Kiosk's public address)
 * @param tolerance            how far a signed timestamp may be from now
 * @param refundNotifyUrl      where WeChat Pay posts refund notifications (Kiosk's public address)
 */
@ConfigurationProperties("kiosk.payments.wechat")
public record WeChatPayProperties(URI apiUrl, String appId, String merchantId, String merchantSerialNumber,
                                  String privateKey, String platformPublicKey, String platformSerialNumber,
                                  String apiV3Key, String notifyUrl, Duration tolerance, String refundNotifyUrl) {

    @ConstructorBinding
    public WeChatPayProperties {
        apiUrl = apiUrl == null ? URI.create("https://api.mch.weixin.qq.com") : apiUrl;
        tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
    }

    /** An account whose refunds are notified nowhere (as before refunds were paid back). */
    public WeChatPayProperties(URI apiUrl, String appId, String merchantId, String merchantSerialNumber, String privateKey,
                               String platformPublicKey, String platformSerialNumber, String apiV3Key, String notifyUrl,
                               Duration tolerance) {
        this(apiUrl, appId, merchantId, merchantSerialNumber, privateKey, platformPublicKey, platformSerialNumber, apiV3Key,
                notifyUrl, tolerance, null);
    }

    public boolean isConfigured() {
        return merchantId != null && !merchantId.isBlank();
    }
}
