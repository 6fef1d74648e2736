package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.api.OrdersApi;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.command.model.ShipmentRequest;
import io.kiosk.client.command.model.ShipmentRequestEta;
import io.kiosk.client.command.model.StaffAccountRequest;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.RunningKiosk;

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
        IdentityApi anonymous = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty));
        String admin = anonymous.logIn(new Credentials().email(RunningKiosk.ADMIN_EMAIL).password(RunningKiosk.ADMIN_PASSWORD))
                .getAccessToken();
        String email = "back-office." + UUID.randomUUID().toString().substring(0, 8) + "@kiosk.test";
        new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(admin)))
                .createStaffAccount(new StaffAccountRequest().email(email).password("a long staff phrase").role(Role.BACK_OFFICE));
        String clerk = anonymous.logIn(new Credentials().email(email).password("a long staff phrase")).getAccessToken();
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
