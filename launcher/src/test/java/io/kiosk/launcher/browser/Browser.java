package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One shopper's browser on the running storefront: a headless Chromium with its own empty profile (so its own session
 * and cart), opened at a language. Tests speak to it through page objects ({@link StorefrontPage} and its kinds), which
 * say what a person does and sees; this class has what every page object needs: going to an address, waiting for the
 * page, screen sizes and screenshots.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
 *     HomePage home = browser.visit("/", HomePage::new);
 *     home.screenshots("home");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;
    private ScreenSize size = ScreenSize.DESKTOP;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser whose first language is {@code language} ({@code zh-CN} or {@code en}), on the storefront at {@code base}. */
    public static Browser open(URI base, String language) {
        Browser browser = new Browser(Chromium.start(language), base);
        browser.resize(ScreenSize.DESKTOP);
        return browser;
    }

    /** Opens {@code path} of the storefront and reads it as {@code page}. */
    public <P extends StorefrontPage> P visit(String path, Function<Browser, P> page) {
        driver.get(base.resolve(path).toString());
        return page.apply(this);
    }

    /** Reads the page the browser shows now as {@code page} (after a click that led there). */
    public <P extends StorefrontPage> P now(Function<Browser, P> page) {
        return page.apply(this);
    }

    /** The path and query of the page shown now. */
    public String path() {
        URI shown = URI.create(driver.getCurrentUrl());
        return shown.getRawPath() + (shown.getRawQuery() == null ? "" : "?" + shown.getRawQuery());
    }

    /** The storefront's address of {@code path}, as a link on a page would have it. */
    public String address(String path) {
        return base.resolve(path).toString();
    }

    /** Makes the window {@code size}: the viewport's width and height, and a phone's touch and zoom behaviour. */
    public Browser resize(ScreenSize size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
                "deviceScaleFactor", 1, "mobile", size.mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", size.mobile || size == ScreenSize.KIOSK));
        this.size = size;
        return this;
    }

    /** The size the window has now. */
    public ScreenSize size() {
        return size;
    }

    /**
     * Writes the page as shown at each of the three sizes to the screenshot directory ({@code kiosk.screenshots},
     * {@code web/target/screenshots}) as {@code <name>-kiosk.png}, {@code <name>-phone.png}, {@code <name>-desktop.png},
     * the whole page from top to bottom; the window is the size it was before, afterwards.
     */
    public List<Path> screenshots(String name) {
        ScreenSize before = size;
        try {
            return java.util.Arrays.stream(ScreenSize.values()).map(each -> {
                resize(each);
                return screenshot(name + "-" + each.fileName());
            }).toList();
        } finally {
            resize(before);
        }
    }

    /** Writes the whole page as it is shown now to {@code <name>.png} in the screenshot directory. */
    public Path screenshot(String name) {
        await(ready -> "complete".equals(script("return document.readyState")));
        // let images settle (a missing photo leaves its placeholder) and htmx finish what it was doing
        await(ready -> Boolean.TRUE.equals(script("return document.querySelector('.htmx-request') === null")));
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        double height = Math.min(Math.max(content.get("height").doubleValue(), size.height), 6000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.width, "height", height, "scale", 1)));
        Path file = Screenshots.directory().resolve(name + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return file;
    }

    /** Waits up to {@link #PATIENCE} until {@code condition} answers something other than null or false. */
    public <T> T await(Function<ChromeDriver, T> condition) {
        ExpectedCondition<T> expected = driver -> condition.apply(this.driver);
        try {
            // an element the live stream or htmx replaced while it was read: read the page again
            return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(expected);
        } catch (TimeoutException notSo) {
            throw new AssertionError("the page did not become what was expected within " + PATIENCE + "; it is "
                    + driver.getCurrentUrl() + ", titled \"" + driver.getTitle() + "\", saved as " + failureShot(), notSo);
        }
    }

    private Path failureShot() {
        try {
            Path file = Screenshots.directory().resolve("failed-" + System.currentTimeMillis() + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException | RuntimeException unsaved) {
            return null;
        }
    }

    /** The first element matching {@code by}, waiting for it to be there. */
    public WebElement find(By by) {
        return await(driver -> driver.findElements(by).stream().findFirst().orElse(null));
    }

    /**
     * What {@code reading} takes from the first element matching {@code by}, waiting for it to be there. Found and read
     * in one step, so that an element the live stream or htmx replaced between the two is found again, not read stale
     * (an order page's stream redraws the status as soon as it connects).
     */
    public <T> T read(By by, Function<WebElement, T> reading) {
        return await(driver -> driver.findElements(by).stream().findFirst()
                .map(element -> Optional.ofNullable(reading.apply(element))).orElse(null)).orElse(null);
    }

    /** The text of every element matching {@code by} now, all read again if one was replaced while they were read. */
    public List<String> texts(By by) {
        return await(driver -> driver.findElements(by).stream().map(WebElement::getText).toList());
    }

    /** Every element matching {@code by} now. */
    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Whether something matching {@code by} is on the page now. */
    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** A cookie of the storefront, as the browser keeps it. */
    public Optional<Cookie> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name));
    }

    /** Runs a script in the page (for what a person sees but the DOM API does not say, such as computed styles). */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The driver itself, for what the page objects do not offer yet. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
