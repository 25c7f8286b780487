package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
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
import london.observatory.jobs.ObservatoryRun;
import org.openqa.selenium.By;
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
 * Debian's headless Chromium on the served page: a fresh profile and download folder each time, explicit waits only,
 * axe-core for accessibility, and screenshots into {@code jobs/target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = ObservatoryRun.repoRoot().resolve("jobs/target/screenshots");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("observatory-chromium-");
            downloads = Files.createTempDirectory("observatory-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "download.directory_upgrade", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Loads the page afresh at {@code hash} (#/area/…) and waits until its view has drawn that address. */
    Browser open(String hash) {
        driver.get("about:blank"); // a new document, not just a hash change on the old one
        driver.get(base + "/" + hash);
        return awaitRoute(hash.isEmpty() ? "#/" : hash);
    }

    /** Waits until the view says it has finished drawing {@code hash}. */
    Browser awaitRoute(String hash) {
        await(d -> hash.equals(script("const v = document.getElementById('view'); return v && v.dataset.route;")));
        return this;
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now; prints and fails on any violation. */
    void assertAccessible(String state) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        for (Rule rule : violations) {
            System.out.printf("axe [%s] %s (%s): %s%n", state, rule.getId(), rule.getImpact(), rule.getHelp());
            rule.getNodes()
                    .forEach(node -> System.out.printf("    %s %s%n", node.getTarget(), node.getFailureSummary()));
        }
        System.out.printf(
                "axe [%s]: %d violations, %d rules passed, %d left for a person to check (%s)%n",
                state,
                violations.size(),
                results.getPasses().size(),
                results.getIncomplete().size(),
                String.join(
                        ", ", results.getIncomplete().stream().map(Rule::getId).toList()));
        assertThat(violations).as("axe violations on " + state).isEmpty();
    }

    /** Saves what the window shows as {@code jobs/target/screenshots/<name>.png}. */
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

    /** The browser console's complaints about the content security policy since the last call (none allowed). */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }

    /** Waits for one finished download whose name ends with {@code suffix}; returns it. */
    Path downloaded(String suffix) {
        return await(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void clearDownloads() {
        deleteContents(downloads, false);
    }

    @Override
    public void close() {
        driver.quit();
        deleteContents(profile, true);
        deleteContents(downloads, true);
    }

    private static void deleteContents(Path dir, boolean andDir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (andDir || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a profile file still held by a closing Chromium: the temporary folder is left to the system
        }
    }
}
