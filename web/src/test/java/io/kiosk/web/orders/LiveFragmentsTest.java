package io.kiosk.web.orders;

import io.kiosk.client.query.model.DeliveryWindow;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.PaymentActionKind;
import io.kiosk.client.query.model.PaymentProvider;
import io.kiosk.client.query.model.Shipment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static io.kiosk.web.orders.OrderExamples.order;
import static io.kiosk.web.orders.OrderExamples.paying;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order and payment pages' live parts as the live stream sends them: rendered outside any request, in the language
 * of the browser that asked, from the pages' own templates.
 */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
class LiveFragmentsTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final String ORDER_PAGE = "http://localhost:8082/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";

    @Autowired
    LiveFragments fragments;

    @Test
    void a_shipped_order_shows_its_status_steps_carrier_tracking_number_and_delivery_window_in_the_browser_s_language() {
        OrderSummary shipped = order(OrderStatus.SHIPPED, PaymentProvider.ALIPAY).shipment(new Shipment().carrier("顺丰速运")
                .trackingNumber("SF1234567890").eta(new DeliveryWindow().earliest(LocalDate.of(2026, 12, 7))
                        .latest(LocalDate.of(2026, 12, 7))));

        Map<String, String> chinese = fragments.render(shipped, CHINESE, ORDER_PAGE);
        Map<String, String> english = fragments.render(shipped, Locale.ENGLISH, ORDER_PAGE);

        assertThat(chinese).containsOnlyKeys("order", "payment");
        assertThat(chinese.get("order")).contains("已发货", "顺丰速运", "SF1234567890", "预计 2026年12月7日 送达",
                "送达后可以申请退款", "aria-current=\"step\"").doesNotContain("th:", "??");
        assertThat(english.get("order")).contains("Shipped", "SF1234567890", "Arrives Dec 7, 2026").doesNotContain("??");
        assertThat(chinese.get("order")).as("a shipped order can no longer be cancelled").doesNotContain("/cancellation");
    }

    @Test
    void an_order_awaiting_payment_offers_to_pay_and_to_cancel_with_plain_links() {
        OrderSummary awaiting = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.ALIPAY), "REQUESTED",
                PaymentActionKind.REDIRECT, "http://localhost:8080/sandbox/pay/77");

        String live = fragments.render(awaiting, CHINESE, ORDER_PAGE).get("order");

        assertThat(live).contains("href=\"/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99/payment\"",
                "href=\"/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99/cancellation\"", "待付款", "支付宝")
                .doesNotContain("<form");
    }

    @Test
    void a_wechat_payment_shows_its_code_as_an_image_with_the_code_s_text_beside_it() {
        OrderSummary scanning = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.WECHAT_PAY), "REQUESTED",
                PaymentActionKind.QR_CODE, "weixin://wxpay/bizpayurl?pr=Xk3pQ7a");

        String payment = fragments.render(scanning, CHINESE, ORDER_PAGE).get("payment");

        assertThat(payment).contains("data-payment-state=\"QR_CODE\"", "微信扫码付款",
                "src=\"/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99/payment/code.svg?v=",
                "alt=\"微信支付二维码，金额 ¥535.80\"", "weixin://wxpay/bizpayurl?pr=Xk3pQ7a");
    }

    @Test
    void a_payment_not_yet_opened_is_being_prepared_and_a_held_one_is_under_review() {
        OrderSummary awaiting = order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.CARD);

        String pending = fragments.render(paying(awaiting, "PENDING", null, null), Locale.ENGLISH, ORDER_PAGE).get("payment");
        String held = fragments.render(paying(awaiting, "HELD_FOR_REVIEW", null, null), Locale.ENGLISH, ORDER_PAGE).get("payment");

        assertThat(pending).contains("data-payment-state=\"PREPARING\"", "Preparing your payment…");
        assertThat(held).contains("data-payment-state=\"REVIEW\"", "under review");
    }

    @Test
    void the_sandbox_s_page_comes_back_to_the_order_page() {
        OrderSummary awaiting = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.ALIPAY), "REQUESTED",
                PaymentActionKind.REDIRECT, "http://localhost:8080/sandbox/pay/77");

        String payment = fragments.render(awaiting, CHINESE, ORDER_PAGE).get("payment");

        assertThat(payment).contains("去支付宝付款", "http://localhost:8080/sandbox/pay/77?return=http%3A%2F%2Flocalhost%3A8082%2Forders%2F",
                "演示环境");
    }
}
