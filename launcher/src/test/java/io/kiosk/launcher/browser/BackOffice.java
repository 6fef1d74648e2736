package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.OrdersApi;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.command.model.ShipmentRequest;
import io.kiosk.client.command.model.ShipmentRequestEta;
import io.kiosk.launcher.KioskSystem;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The back office, moving a customer's order on while the customer watches its page: a staff account of its own
 * (made by the system tests' administrator), speaking to the command API through the generated client.
 */
final class BackOffice {

    private final OrdersApi orders;

    private BackOffice(OrdersApi orders) {
        this.orders = orders;
    }

    /** A new back-office clerk on {@code kiosk}. */
    static BackOffice of(KioskSystem kiosk) throws ApiException {
        String clerk = Staff.token(kiosk, Staff.account(kiosk, Role.BACK_OFFICE));
        return new BackOffice(new OrdersApi(KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(clerk))));
    }

    /** Packs the order and hands it to {@code carrier} with {@code trackingNumber}, due in two to four days. */
    void ship(UUID order, String carrier, String trackingNumber) throws ApiException {
        orders.startOrderFulfilment(order);
        orders.shipOrder(order, new ShipmentRequest().carrier(carrier).trackingNumber(trackingNumber)
                .eta(new ShipmentRequestEta().earliest(LocalDate.now().plusDays(2)).latest(LocalDate.now().plusDays(4))));
    }

    /** Records that the order reached the customer. */
    void delivered(UUID order) throws ApiException {
        orders.confirmOrderDelivery(order);
    }
}
