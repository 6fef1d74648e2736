package io.kiosk.web.checkout;

import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.PaymentActionKind;
import io.kiosk.client.query.model.PaymentProvider;
import org.junit.jupiter.api.Test;

import static io.kiosk.web.orders.OrderExamples.order;
import static io.kiosk.web.orders.OrderExamples.paying;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentStepTest {

    private static final String ORDER_PAGE = "https://shop.kiosk.test/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";

    @Test
    void an_order_whose_payment_is_not_asked_for_yet_or_not_opened_at_the_provider_is_preparing() {
        OrderSummary placed = order(OrderStatus.PLACED, PaymentProvider.ALIPAY);

        assertThat(PaymentStep.of(placed, ORDER_PAGE).state()).isEqualTo(PaymentStep.State.PREPARING);
        assertThat(PaymentStep.of(paying(placed, "PENDING", null, null), ORDER_PAGE).state()).isEqualTo(PaymentStep.State.PREPARING);
        assertThat(PaymentStep.of(paying(placed, "PENDING", null, null), ORDER_PAGE).waiting()).isTrue();
    }

    @Test
    void alipay_s_cashier_is_a_page_to_open_exactly_as_the_provider_signed_it() {
        String cashier = "https://openapi.alipay.com/gateway.do?app_id=2021&sign=abc%2B";
        OrderSummary order = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.ALIPAY), "REQUESTED",
                PaymentActionKind.REDIRECT, cashier);

        PaymentStep step = PaymentStep.of(order, ORDER_PAGE);

        assertThat(step.state()).isEqualTo(PaymentStep.State.REDIRECT);
        assertThat(step.href()).isEqualTo(cashier);
        assertThat(step.sandbox()).isFalse();
        assertThat(step.methodKey()).isEqualTo("ALIPAY");
    }

    @Test
    void the_sandbox_s_page_is_told_the_order_page_to_come_back_to() {
        OrderSummary order = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.CARD), "REQUESTED",
                PaymentActionKind.REDIRECT, "http://localhost:8080/sandbox/pay/77");

        PaymentStep step = PaymentStep.of(order, ORDER_PAGE);

        assertThat(step.href()).isEqualTo("http://localhost:8080/sandbox/pay/77?return="
                + "https%3A%2F%2Fshop.kiosk.test%2Forders%2F5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99");
        assertThat(step.sandbox()).isTrue();
    }

    @Test
    void wechat_pay_s_code_url_is_a_code_to_scan() {
        OrderSummary order = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.WECHAT_PAY), "REQUESTED",
                PaymentActionKind.QR_CODE, "weixin://wxpay/bizpayurl?pr=Xk3pQ7a");

        PaymentStep step = PaymentStep.of(order, ORDER_PAGE);

        assertThat(step.state()).isEqualTo(PaymentStep.State.QR_CODE);
        assertThat(step.code()).isEqualTo("weixin://wxpay/bizpayurl?pr=Xk3pQ7a");
        assertThat(step.codeVersion()).isNotBlank();
    }

    @Test
    void a_card_payment_intent_is_paid_on_the_shop_s_card_page() {
        OrderSummary order = paying(order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.CARD), "REQUESTED",
                PaymentActionKind.CLIENT_SECRET, "pi_123_secret_456");

        PaymentStep step = PaymentStep.of(order, ORDER_PAGE);

        assertThat(step.state()).isEqualTo(PaymentStep.State.CARD_FORM);
        assertThat(step.href()).isEqualTo("/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99/payment/card");
    }

    @Test
    void a_held_payment_is_under_review_and_a_paid_failed_or_closed_one_waits_for_nothing() {
        OrderSummary awaiting = order(OrderStatus.AWAITING_PAYMENT, PaymentProvider.ALIPAY);

        assertThat(PaymentStep.of(paying(awaiting, "HELD_FOR_REVIEW", null, null), null).state()).isEqualTo(PaymentStep.State.REVIEW);
        assertThat(PaymentStep.of(paying(awaiting, "SUCCEEDED", null, null), null).state()).isEqualTo(PaymentStep.State.PAID);
        assertThat(PaymentStep.of(order(OrderStatus.SHIPPED, PaymentProvider.ALIPAY), null).state()).isEqualTo(PaymentStep.State.PAID);
        assertThat(PaymentStep.of(paying(awaiting, "FAILED", null, null), null).state()).isEqualTo(PaymentStep.State.FAILED);
        assertThat(PaymentStep.of(order(OrderStatus.EXPIRED, PaymentProvider.ALIPAY), null).state()).isEqualTo(PaymentStep.State.CLOSED);
        assertThat(PaymentStep.of(order(OrderStatus.EXPIRED, PaymentProvider.ALIPAY), null).waiting()).isFalse();
    }
}
