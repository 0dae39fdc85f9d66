package org.oncograph.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, for the end-to-end tests of the pages; register it with
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();}. One browser serves a test class.
 * Skips the class (a JUnit assumption) when Chromium or its driver is not installed, saying how to install them;
 * never downloads a browser or a driver. After each test it fails on any SEVERE message in the browser console
 * that the test did not take with {@link #newConsoleErrors()}.
 */
final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Long enough for a cold page on a busy 2-core CI machine; waits end as soon as their condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Browser tests need Debian's Chromium and its driver at " + BROWSER + " and " + DRIVER
                        + ": install them with `apt-get update && apt-get install -y chromium chromium-driver`");
        // Selenium must use the driver installed with the browser, never fetch one.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        try {
            profile = Files.createTempDirectory("oncograph-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1440,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        // Exports (PNG, Cytoscape JSON) land in the profile's downloads folder, without asking.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // A 503 is the API saying the graph did not answer within its read limit (10 s), which happens on a machine
        // too busy to run the tests; the page asks once more and shows the problem. Everything else fails the test.
        assertThat(newConsoleErrors()).as("SEVERE messages in the browser console")
                .allMatch(message -> message.contains("status of 503"));
    }

    /** Where the browser saves the files it downloads. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the page; console messages of earlier pages are dropped, so each test sees only its own. */
    void open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until the condition gives a value other than null or false, and returns it. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition);
    }

    /** Waits until the script (a JavaScript expression's body, e.g. {@code return window.cy.nodes().length > 1}) is true. */
    void awaitScript(String what, String script, Object... arguments) {
        await(what, d -> Boolean.TRUE.equals(js(script, arguments)) ? Boolean.TRUE : null);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Saves what the page looks like now as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the console errors (level SEVERE) logged since the last call: failed scripts, exceptions, 4xx/5xx. */
    List<String> newConsoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temp folder left behind is harmless.
            }
        }
    }
}
