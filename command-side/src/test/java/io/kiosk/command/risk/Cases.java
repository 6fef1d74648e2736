package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.pricing.Money;

import java.time.Instant;

/** Payments as the rules see them: an ordinary one (small, first of the hour, old account, Shanghai to SH), changed one fact at a time. */
final class Cases {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final CustomerId MIA = CustomerId.random();

    private Cases() {
    }

    static DeliveryAddress address(String city, String region) {
        return new DeliveryAddress("Mia Chen", new PhoneNumber("+8613800138000"), "88 Century Avenue", null, city, region,
                "200120", "CN");
    }

    static PaymentUnderCheck ordinary() {
        return new PaymentUnderCheck(MIA, Money.of("398.00", "CNY"), "SH", address("Shanghai", "Shanghai"), 0, 0,
                NOW.minusSeconds(400 * 86400), NOW);
    }

    static PaymentUnderCheck of(Money amount) {
        PaymentUnderCheck p = ordinary();
        return new PaymentUnderCheck(p.customerId(), amount, p.deliveryRegion(), p.deliveryAddress(), p.attemptsLastHour(),
                p.failuresLastHour(), p.accountCreatedAt(), p.now());
    }

    static PaymentUnderCheck withHistory(int attempts, int failures) {
        PaymentUnderCheck p = ordinary();
        return new PaymentUnderCheck(p.customerId(), p.amount(), p.deliveryRegion(), p.deliveryAddress(), attempts, failures,
                p.accountCreatedAt(), p.now());
    }

    static PaymentUnderCheck fromAccountOpened(Instant createdAt, Money amount) {
        PaymentUnderCheck p = ordinary();
        return new PaymentUnderCheck(p.customerId(), amount, p.deliveryRegion(), p.deliveryAddress(), 0, 0, createdAt, p.now());
    }

    static PaymentUnderCheck deliveredTo(String region, DeliveryAddress address) {
        PaymentUnderCheck p = ordinary();
        return new PaymentUnderCheck(p.customerId(), p.amount(), region, address, 0, 0, p.accountCreatedAt(), p.now());
    }
}
