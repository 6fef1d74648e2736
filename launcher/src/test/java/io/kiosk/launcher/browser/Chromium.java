package io.kiosk.launcher.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium and its driver, started headless with a profile of its own for every browser. Nothing is ever
 * downloaded: the driver and the browser are named by path, so Selenium does not look for them. When they are not
 * installed, {@link #missing()} says how to install them and the browser suite is skipped.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getenv().getOrDefault("KIOSK_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("KIOSK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Why the browser suite cannot run here, or empty when it can. */
    static Optional<String> missing() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return Optional.empty();
        }
        return Optional.of("browser suite skipped: no Chromium at " + BROWSER + " / " + DRIVER
                + "; install it with `bash .ci/browser.sh` (apt-get install chromium chromium-driver fonts-noto-cjk)");
    }

    /** A new headless Chromium speaking {@code language} first (its Accept-Language), with an empty profile. */
    static ChromeDriver start(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("kiosk-chromium-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--lang=" + language, "--window-size=1440,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
