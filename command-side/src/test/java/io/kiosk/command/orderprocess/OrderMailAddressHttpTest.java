package io.kiosk.command.orderprocess;

import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.TestCheckout;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom an order's mails reach, over HTTP and a real SMTP server: the address the customer proved is theirs when they
 * registered, never the contact e-mail typed in at checkout, which could be anyone's.
 */
class OrderMailAddressHttpTest extends SandboxHttpTest {

    @Test
    void the_order_mails_go_to_the_accounts_verified_address_never_to_the_contact_typed_in_at_checkout() {
        OrderJourney journey = newOrderJourney();
        String stranger = "someone.else." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";

        String order = journey.checkOutTwoChargersAs(journey.customer, TestCheckout.withContactEmail(stranger, "ALIPAY", "SH"));
        assertThat(journey.chooseOnSandboxPage(journey.paymentRequestedFor(order), "pay").status()).isEqualTo(200);

        assertThat(mailSubjectsOnceOneIs(journey.email, "Kiosk：您的订单 " + order + " 已付款"))
                .contains("Kiosk：我们已收到您的订单 " + order, "Kiosk：您的订单 " + order + " 已付款");
        assertThat(mailSubjects(stranger)).as("whoever the checkout named gets nothing").isEmpty();
    }
}
