package com.quicktakes.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Debian Chromium driven through Selenium: one per test class, reused for every page.
 * The binaries are given explicitly, so Selenium Manager never downloads anything, and a dead
 * proxy keeps the browser from calling any outside host (loopback bypasses proxies by default).
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path CHROMIUM = Path.of(envOr("CHROME_PATH", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(envOr("CHROMEDRIVER_PATH", "/usr/bin/chromedriver"));

    static final String MISSING = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
            + "; install them with: apt-get install chromium chromium-driver (or set CHROME_PATH and CHROMEDRIVER_PATH)";

    // Selenium warns that it has no CDP binding for this Chromium version; executeCdpCommand needs none.
    private static final Logger CDP_VERSION_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_WARNING.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium, or returns null when it is not installed (the tests then skip themselves
     * with {@link #MISSING}). With {@code BROWSER_TESTS=required} (as in CI) a missing browser
     * fails instead.
     */
    static Browser startIfInstalled() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("required".equals(System.getenv("BROWSER_TESTS"))) {
                fail(MISSING + ". BROWSER_TESTS=required, so this is a failure, not a skip.");
            }
            System.err.println("SKIPPED: " + MISSING);
            return null;
        }
        Path profile = Files.createTempDirectory("quicktakes-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--proxy-server=http://127.0.0.1:9", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page at the view's size and colour scheme, with the console emptied first. */
    void open(String url, View view) {
        consoleErrors();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", view.viewport().width(),
                "height", view.viewport().height(),
                "deviceScaleFactor", 1,
                "mobile", view.viewport().mobile()));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", view.theme().scheme()))));
        driver.get(url);
    }

    /**
     * Errors the page logged to the console since the last call (JavaScript errors, failed
     * requests). Leaves out the favicon's: Chromium asks for it once per session, after the load
     * event, so when its error shows up is a matter of timing; a test of its own checks it.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico "))
                .toList();
    }

    Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    /** Saves the whole page, not just the viewport, as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", size.get("width"), "height", size.get("height"));
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        Files.createDirectories(SCREENSHOTS);
        return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode(png));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
