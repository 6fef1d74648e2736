package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.command.model.StaffAccountRequest;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.RunningKiosk;

import java.util.Optional;
import java.util.UUID;

/** Staff accounts for the console's journeys, made by the system tests' administrator through the command API. */
final class StaffAccounts {

    static final String PASSWORD = "a long staff phrase";

    private StaffAccounts() {
    }

    /** Someone who may log in with {@code email} and {@code password}. */
    record Staff(String email, String password) {
    }

    /** The administrator the run command bootstraps. */
    static Staff administrator() {
        return new Staff(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD);
    }

    /** A new account of {@code role} on {@code kiosk}. */
    static Staff create(KioskSystem kiosk, Role role) throws ApiException {
        IdentityApi anonymous = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty));
        String admin = anonymous.logIn(new Credentials().email(RunningKiosk.ADMIN_EMAIL).password(RunningKiosk.ADMIN_PASSWORD))
                .getAccessToken();
        String email = role.getValue().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8) + "@kiosk.test";
        new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(admin)))
                .createStaffAccount(new StaffAccountRequest().email(email).password(PASSWORD).role(role));
        return new Staff(email, PASSWORD);
    }

    /** An access token of {@code staff}, for reading the APIs as they do. */
    static String accessToken(KioskSystem kiosk, Staff staff) throws ApiException {
        return new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty))
                .logIn(new Credentials().email(staff.email()).password(staff.password())).getAccessToken();
    }

    /** Logs {@code staff} in through the web app's login page and goes on to {@code path}, read as {@code page}. */
    static <P extends StorefrontPage> P logIn(Browser browser, Staff staff, String path, java.util.function.Function<Browser, P> page) {
        return browser.visit("/account/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8),
                LoginPage::new).logIn(staff.email(), staff.password(), page);
    }
}
