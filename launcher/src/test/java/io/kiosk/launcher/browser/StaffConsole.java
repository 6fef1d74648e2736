package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.Optional;

/** The administrator's staff accounts page: a form for a new account of a role. */
final class StaffConsole extends ConsolePage {

    StaffConsole(Browser browser) {
        super(browser, By.cssSelector("main.staff-page"));
    }

    StaffConsole create(String email, String password, String role) {
        type("email", email);
        type("password", password);
        browser.find(By.cssSelector("input[name=role][value='" + role + "']")).click();
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        return new StaffConsole(browser);
    }

    Optional<String> fieldError(String name) {
        return message(name);
    }

}
