package io.kiosk.command.payment.sandbox;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.Trade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox as two command-side instances see it: each has a store of its own over the one database, as two
 * processes would, and what one learns the other knows.
 */
class SandboxStoreTest extends SandboxHttpTest {

    @Autowired
    JdbcClient database;

    @Autowired
    SandboxKeys running;

    @Test
    void both_instances_sign_with_the_keys_the_first_made() {
        SandboxKeys other = new SandboxStore(database, Clock.systemUTC()).keys();
        assertThat(other.alipay().getPublic()).isEqualTo(running.alipay().getPublic());
        assertThat(other.alipay().getPrivate()).isEqualTo(running.alipay().getPrivate());
        assertThat(other.wechatPlatform().getPublic()).isEqualTo(running.wechatPlatform().getPublic());
        assertThat(other.merchant().getPrivate()).isEqualTo(running.merchant().getPrivate());
        assertThat(other.wechatApiV3Key()).isEqualTo(running.wechatApiV3Key());
        assertThat(other.cardWebhookSecret()).isEqualTo(running.cardWebhookSecret());
    }

    @Test
    void a_trade_opened_through_one_instance_is_shown_and_closed_through_the_other() {
        SandboxStore one = new SandboxStore(database, Clock.systemUTC());
        SandboxStore other = new SandboxStore(database, Clock.systemUTC());
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Trade trade = new Trade(payment, PaymentProvider.ALIPAY, Money.of("1299.00", "CNY"), "KS 智能门锁");

        one.open(trade);
        assertThat(other.trade(payment)).contains(trade);
        assertThat(other.isClosed(payment)).isFalse();
        one.close(payment);
        assertThat(other.isClosed(payment)).isTrue();
        assertThat(other.trade(new PaymentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_refund_asked_again_on_the_other_instance_is_the_same_refund() {
        SandboxStore one = new SandboxStore(database, Clock.systemUTC());
        SandboxStore other = new SandboxStore(database, Clock.systemUTC());
        ProviderRefund refund = new ProviderRefund(new RefundId(UUID.randomUUID()), new PaymentId(UUID.randomUUID()),
                PaymentProvider.WECHAT_PAY, Money.of("50.00", "CNY"), Money.of("199.00", "CNY"), null, "不想要了");

        assertThat(one.firstAsked(refund)).isTrue();
        assertThat(other.firstAsked(refund)).isFalse();
    }
}
