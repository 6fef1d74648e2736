package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each payment goes to the adapter of its method; a method without a merchant account is refused, not guessed. */
class PaymentGatewaysTest {

    private static final PaymentAction CODE = new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=x");

    private final List<PaymentId> closedByWeChat = new ArrayList<>();
    private final List<ProviderRefund> refundedByWeChat = new ArrayList<>();
    private final PaymentGateway wechat = new PaymentGateway() {
        @Override
        public PaymentAction open(Trade trade) {
            return CODE;
        }

        @Override
        public void close(PaymentId paymentId, PaymentProvider method) {
            closedByWeChat.add(paymentId);
        }

        @Override
        public RefundReceipt refund(ProviderRefund refund) {
            refundedByWeChat.add(refund);
            return RefundReceipt.pending("50300000012026112500000000001");
        }
    };
    private final PaymentGateways gateways = new PaymentGateways(Map.of(PaymentProvider.WECHAT_PAY, wechat));

    @Test
    void a_payment_goes_to_the_adapter_of_its_method() {
        PaymentId payment = PaymentId.random();

        assertThat(gateways.open(new Trade(payment, PaymentProvider.WECHAT_PAY, Money.of("1.00", "CNY"), null))).isEqualTo(CODE);
        gateways.close(payment, PaymentProvider.WECHAT_PAY);

        assertThat(closedByWeChat).containsExactly(payment);
    }

    @Test
    void a_refund_goes_to_the_adapter_of_the_payment_it_pays_back() {
        ProviderRefund refund = new ProviderRefund(RefundId.random(), PaymentId.random(), PaymentProvider.WECHAT_PAY,
                Money.of("1.00", "CNY"), Money.of("2.00", "CNY"), null, null);

        assertThat(gateways.refund(refund)).isEqualTo(RefundReceipt.pending("50300000012026112500000000001"));
        assertThat(refundedByWeChat).containsExactly(refund);
        assertThatThrownBy(() -> gateways.refund(new ProviderRefund(RefundId.random(), PaymentId.random(), PaymentProvider.ALIPAY,
                Money.of("1.00", "CNY"), Money.of("2.00", "CNY"), null, null)))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("method-unavailable"));
    }

    @Test
    void a_method_without_a_merchant_account_is_refused() {
        assertThatThrownBy(() -> gateways.open(new Trade(PaymentId.random(), PaymentProvider.CARD, Money.of("1.00", "CNY"), null)))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("method-unavailable"));
    }

    @Test
    void closing_a_trade_of_a_method_without_an_adapter_does_nothing() {
        gateways.close(PaymentId.random(), PaymentProvider.ALIPAY);

        assertThat(closedByWeChat).isEmpty();
    }
}
