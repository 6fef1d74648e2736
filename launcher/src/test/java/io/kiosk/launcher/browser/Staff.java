package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.command.model.StaffAccountRequest;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.RunningKiosk;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Staff accounts for browser tests, made by the system tests' administrator through the command API. */
final class Staff {

    static final String PASSWORD = "a long staff phrase";

    private Staff() {
    }

    /** A member of staff who may log in. */
    record Member(String email, String password, Role role) {
    }

    /** A new account in {@code role} on {@code kiosk}. */
    static Member account(KioskSystem kiosk, Role role) throws ApiException {
        IdentityApi anonymous = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty));
        String admin = anonymous.logIn(new Credentials().email(RunningKiosk.ADMIN_EMAIL).password(RunningKiosk.ADMIN_PASSWORD))
                .getAccessToken();
        String email = role.getValue().toLowerCase(Locale.ROOT).replace('_', '-') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@kiosk.test";
        new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(admin)))
                .createStaffAccount(new StaffAccountRequest().email(email).password(PASSWORD).role(role));
        return new Member(email, PASSWORD, role);
    }

    /** The access token of {@code member}'s login through the API (for checking what the APIs allow them). */
    static String token(KioskSystem kiosk, Member member) throws ApiException {
        return new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty))
                .logIn(new Credentials().email(member.email()).password(member.password())).getAccessToken();
    }
}
