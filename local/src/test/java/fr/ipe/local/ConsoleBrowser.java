package fr.ipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.local.demo.DemoUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real browser for the console's tests: Debian's headless Chromium driven through its chromedriver (Selenium), with
 * a fresh profile, at a desktop (1280 px) or a phone (390 px) width. It signs a demo user in through Keycloak's own
 * login page, takes full-page screenshots into the test reports and checks pages with axe-core.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsoleBrowser.class);
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final int DESKTOP = 1280;
    static final int PHONE = 390;
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final String consoleUrl;
    private int width = DESKTOP;

    private ConsoleBrowser(ChromeDriver driver, Path profile, String consoleUrl) {
        this.driver = driver;
        this.profile = profile;
        this.consoleUrl = consoleUrl;
    }

    /** Why no browser can run here, or empty when Chromium and its driver are installed. */
    static Optional<String> unavailable() {
        if (executable(BROWSERS).isEmpty() || executable(DRIVERS).isEmpty()) {
            return Optional.of("no Chromium and chromedriver on this machine (Debian: apt-get install chromium "
                    + "chromium-driver; .ci/run installs them): the console's browser tests are skipped");
        }
        return Optional.empty();
    }

    private static Optional<String> executable(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    /** A new browser with a fresh profile, for the console at {@code consoleUrl} (its /console/ page). */
    static ConsoleBrowser open(String consoleUrl) throws IOException {
        Path profile = Files.createTempDirectory("ipe-console-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable(BROWSERS).orElseThrow());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=fr-FR", "--window-size=" + DESKTOP + ",900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable(DRIVERS).orElseThrow()).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        ConsoleBrowser browser = new ConsoleBrowser(driver, profile, consoleUrl);
        browser.resize(DESKTOP);
        return browser;
    }

    WebDriver driver() {
        return driver;
    }

    String consoleUrl() {
        return consoleUrl;
    }

    /** Opens a section of the console ({@code #/bilan?periode=2031}). */
    void go(String fragment) {
        driver.get(consoleUrl + fragment);
    }

    /**
     * Opens the console and signs in on Keycloak's login page; returns the authorization request the console sent
     * (to check its PKCE challenge). Waits until the console shows the user.
     */
    String signIn(String fragment, String username) {
        go(fragment);
        waitFor(d -> d.findElements(By.id("username")).size() > 0, Duration.ofSeconds(60), "Keycloak's login page");
        String authorizationRequest = driver.getCurrentUrl();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        waitFor(d -> d.findElements(By.cssSelector("[data-user-name]")).size() > 0, Duration.ofSeconds(60),
                "the console signed in as " + username);
        return authorizationRequest;
    }

    void signOut() {
        click(By.xpath("//button[normalize-space()='Se déconnecter']"));
        waitFor(d -> d.findElements(By.id("username")).size() > 0, Duration.ofSeconds(60), "Keycloak's login page");
    }

    /** Sets the page's width (and a phone's or a desktop's viewport). */
    void resize(int width) {
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    WebElement find(By by) {
        waitFor(d -> d.findElements(by).size() > 0, Duration.ofSeconds(30), "element " + by);
        return driver.findElement(by);
    }

    void click(By by) {
        WebElement element = find(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types into a field, or sets it (date fields take their ISO value, whatever the browser's locale). */
    void fill(WebElement field, String value) {
        if ("date".equals(field.getAttribute("type")) || "select".equals(field.getTagName())) {
            driver.executeScript("arguments[0].value = arguments[1]; "
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** The form field whose JSON name is {@code name}, within {@code scope}. */
    WebElement field(WebElement scope, String name) {
        return scope.findElement(By.cssSelector("[name='" + name + "']"));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    void waitFor(Function<WebDriver, Boolean> condition, Duration timeout, String what) {
        try {
            new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition::apply);
        } catch (RuntimeException e) {
            screenshot("echec-" + what.replaceAll("[^a-zA-Z0-9]+", "-"));
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
                    + "; browser log: " + browserLog(), e);
        }
    }

    private String browserLog() {
        try {
            List<String> lines = new ArrayList<>();
            driver.manage().logs().get("browser").forEach(entry -> lines.add(entry.getMessage()));
            return String.join(" | ", lines);
        } catch (RuntimeException unavailable) {
            return "(unavailable)";
        }
    }

    /** A full-page screenshot, {@code target/console-screenshots/<name>-<width>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number height = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, "
                    + "document.body.scrollHeight, window.innerHeight)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                            "height", Math.min(height.intValue(), 12_000), "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page as it is; returns its serious and critical
     * violations, each as "rule: help (elements)".
     */
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axeSource());
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', "
                + "impact: 'critical', help: String(e), nodes: []}])))");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree((String) result)) {
                String impact = violation.path("impact").asText();
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                String line = violation.path("id").asText() + " [" + impact + "]: " + violation.path("help").asText()
                        + " " + targets;
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(line);
                } else {
                    log.info("axe, {} (not serious): {}", driver.getCurrentUrl(), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** Screenshots {@code name} at both widths and checks each with axe-core. */
    void checkPage(String name) {
        for (int each : List.of(DESKTOP, PHONE)) {
            resize(each);
            // two frames: the page and its charts have laid themselves out at the new width
            driver.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done))");
            assertThat(seriousAccessibilityViolations()).as("axe-core on %s at %d px", name, each).isEmpty();
            screenshot(name);
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("%s at %d px scrolls sideways: %s", name, each, driver.executeScript(
                    "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className"
                    + " + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"))
                    .isLessThanOrEqualTo(0);
        }
        resize(DESKTOP);
    }

    private static String axeSource() {
        String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
                + "/axe.min.js";
        try (InputStream in = ConsoleBrowser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test class path (the axe-core WebJar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                log.warn("Browser profile {} left behind", profile, e);
            }
        }
    }
}
