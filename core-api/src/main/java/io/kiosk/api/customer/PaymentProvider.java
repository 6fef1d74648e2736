package io.kiosk.api.customer;

/** The payment providers Kiosk collects through. */
public enum PaymentProvider {
    CARD,
    ALIPAY,
    WECHAT_PAY
}
