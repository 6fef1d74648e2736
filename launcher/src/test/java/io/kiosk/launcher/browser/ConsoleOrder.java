package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The console's order page: the order whole, its event history with the as-of control, and the back office's
 * actions, each of which comes back to this page (with a notice, or the API's refusal).
 */
public final class ConsoleOrder extends ConsolePage {

    private static final ZoneId MALL = ZoneId.of("Asia/Shanghai");

    public ConsoleOrder(Browser browser) {
        super(browser, By.cssSelector("main.admin-order"));
    }

    /** The status as written ("已付款"). */
    public String status() {
        return text(By.cssSelector("#order-live [data-order-status]"));
    }

    /** Waits, without reloading, until the status reads {@code status}. */
    public ConsoleOrder awaitStatus(String status) {
        browser.await(driver -> driver.findElements(By.cssSelector("#order-live [data-order-status]")).stream()
                .anyMatch(badge -> badge.getText().equals(status)));
        return this;
    }

    /** The payment status as written. */
    public String paymentStatus() {
        return text(By.cssSelector("#order-live [data-payment-status]"));
    }

    public ConsoleOrder pick() {
        return press("pick-order");
    }

    public ConsoleOrder deliver() {
        return press("deliver-order");
    }

    public ConsoleOrder approvePayment() {
        return press("approve-payment");
    }

    /** Fills the shipment form and sends it. */
    public ConsoleOrder ship(String carrier, String trackingNumber, LocalDate earliest, LocalDate latest) {
        WebElement before = browser.find(By.tagName("main"));
        act(() -> {
            fill("ship-carrier", carrier);
            fill("ship-tracking", trackingNumber);
            date("ship-earliest", earliest);
            date("ship-latest", latest);
            browser.driver().findElement(By.id("ship-order")).click();
        });
        return reloaded(before);
    }

    /** Approves the order's refund waiting for review, for {@code amount} (less than asked, say). */
    public ConsoleOrder approveRefund(String amount) {
        WebElement before = browser.find(By.tagName("main"));
        act(() -> {
            WebElement field = browser.driver().findElement(By.cssSelector(".refund-approve-form .approve-amount"));
            field.clear();
            field.sendKeys(amount);
            browser.driver().findElement(By.cssSelector(".refund-approve-form button.approve-refund")).click();
        });
        return reloaded(before);
    }

    /** The refunds' approved amounts, as written, waiting until one is shown. */
    public List<String> approvedRefunds() {
        browser.find(By.cssSelector("[data-refund-approved]"));
        return browser.texts(By.cssSelector("[data-refund-approved]"));
    }

    /** The refunds' statuses, as written, waiting until one is shown (the live stream brings a new one). */
    public List<String> refundStatuses() {
        browser.find(By.cssSelector("[data-refund-status]"));
        return browser.texts(By.cssSelector("[data-refund-status]"));
    }

    /** The history's events, as written ("已发货"), in order. */
    public List<String> events() {
        return browser.texts(By.cssSelector(".history-table tbody tr td:nth-child(2) strong"));
    }

    /** Waits, without reloading, until the history shows an event written {@code what} ("订单已付款"). */
    public ConsoleOrder awaitEvent(String what) {
        browser.await(driver -> driver.findElements(By.cssSelector(".history-table tbody tr td:nth-child(2) strong")).stream()
                .anyMatch(event -> event.getText().equals(what)));
        return this;
    }

    /** Everything the history table says. */
    public String historyText() {
        return text(By.cssSelector(".history-table"));
    }

    /** When the event of {@code type} ({@code OrderAwaitingPayment}) happened, as the history's time element has it. */
    public OffsetDateTime when(String type) {
        return OffsetDateTime.parse(browser.find(By.cssSelector(".history-table tr[data-event-type='" + type + "'] time"))
                .getDomAttribute("datetime"));
    }

    /** Moves the as-of control to {@code instant} (entered in mall time, as a person would) and shows the order then. */
    public ConsoleOrder asOf(OffsetDateTime instant) {
        String local = instant.atZoneSameInstant(MALL).toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"));
        browser.script("document.getElementById('as-of-at').value = arguments[0]", local);
        browser.find(By.cssSelector("#as-of-form button[type=submit]")).click();
        browser.find(By.id("as-of-banner"));
        return browser.now(ConsoleOrder::new);
    }

    /** What the banner of a page showing the past says. */
    public String asOfBanner() {
        return text(By.id("as-of-banner"));
    }

    /** The customer's name as the summary writes it. */
    public String customerName() {
        return text(By.cssSelector("[data-customer-name]"));
    }

    /** Whether the page offers to erase the customer's personal data (administrators only). */
    public boolean offersErasure() {
        return !browser.driver().findElements(By.id("customer-erasure")).isEmpty();
    }

    /** Opens the erasure section, gives the reason, ticks the confirmation and erases the customer's personal data. */
    public ConsoleOrder eraseCustomer(String reason) {
        WebElement before = browser.find(By.tagName("main"));
        browser.find(By.cssSelector("#customer-erasure summary")).click();
        fill("erasure-reason", reason);
        browser.driver().findElement(By.id("erasure-confirmed")).click();
        browser.driver().findElement(By.id("erase-customer")).click();
        return reloaded(before);
    }

    private ConsoleOrder press(String button) {
        WebElement before = browser.find(By.tagName("main"));
        act(() -> browser.driver().findElement(By.id(button)).click());
        return reloaded(before);
    }

    /**
     * Does what a person does on the page's live part, again from the start if the live stream redrew that part
     * meanwhile (its elements are then new ones).
     */
    private void act(Runnable steps) {
        browser.await(driver -> {
            steps.run();
            return true;
        });
    }

    /** The page the form's answer (a redirect back here) shows, once the one {@code before} is gone. */
    private ConsoleOrder reloaded(WebElement before) {
        browser.await(driver -> {
            try {
                before.isDisplayed();
                return null;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        return browser.now(ConsoleOrder::new);
    }

    private void fill(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** A date field, set as the date picker would (typing into one depends on the browser's locale). */
    private void date(String id, LocalDate day) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, day.toString());
    }
}
