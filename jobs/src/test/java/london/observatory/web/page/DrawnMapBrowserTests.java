package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.web.ServedObservatory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map drawn from real boundaries, on a copy of the README's release whose MSOA boundaries are certain to be there
 * and whose borough boundaries are certain not to be, so one page shows both. A release made before releases carried
 * boundaries gets {@code boundaries/msoa21.geojson.gz} written as {@code /api/boundaries} documents it (id and
 * properties.code = the area code, properties.name) from the MSOA 2021 boundaries in data-samples/london; a release
 * that has its own keeps them, and loses only its borough file.
 */
class DrawnMapBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path dataDir;
    private static ServedObservatory served;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        dataDir = releaseWithMsoaBoundaries();
        served = ServedObservatory.serve(dataDir);
        browser = new Browser("http://localhost:" + served.port());
    }

    @AfterAll
    static void stop() throws IOException {
        browser.close();
        served.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void everyAreaInTheTableIsDrawnInItsClass() throws Exception {
        browser.open("#/map/census-overcrowded/msoa21");
        MapBrowserTests.assertMapMatchesTable(served, browser, "msoa21");
        List<String> codes = MapBrowserTests.tableCodes(browser);
        assertThat(codes).hasSize(1002);
        assertThat(path(codes.get(0)).getAttribute("fill")).as("highest fifth").isEqualTo("#08306b");
        assertThat(path(codes.get(codes.size() - 1)).getAttribute("fill"))
                .as("lowest fifth")
                .isEqualTo("#eff3ff");
        browser.script("document.getElementById('map-heading').scrollIntoView({behavior: 'instant'})");
        browser.screenshot("map-drawn-msoa21");

        new Select(browser.find("#map-level")).selectByValue("lad");
        browser.awaitRoute("#/map/census-overcrowded/lad");
        MapBrowserTests.assertMapMatchesTable(served, browser, "lad"); // no borough boundaries in this copy
        assertThat(browser.find("#map-status").getText()).contains("no boundaries for boroughs");

        browser.driver.navigate().back();
        browser.awaitRoute("#/map/census-overcrowded/msoa21");
        MapBrowserTests.assertMapMatchesTable(served, browser, "msoa21");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void hoveringAnAreaShowsItsValue() {
        browser.open("#/map/census-overcrowded/msoa21");
        browser.await(d -> browser.find("#map-status").getText().endsWith("drawn."));
        // the whole map in view, then the pointer to its centre, and which area is under it
        browser.script("window.scrollTo({top: scrollY + document.getElementById('map').getBoundingClientRect().top"
                + " - 10, behavior: 'instant'})");
        new Actions(browser.driver).moveToElement(browser.find("#map")).perform();
        String under = (String) browser.script("const r = document.getElementById('map').getBoundingClientRect();"
                + " return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)"
                + ".getAttribute('aria-label')");
        WebElement tooltip = browser.await(d -> browser.all(".obs-tooltip").stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        assertThat(under).matches(".+: [0-9.]+, (lowest|second|middle|fourth|highest) fifth");
        assertThat(tooltip.getText()).isEqualTo(under);
    }

    @Test
    void theKeyboardMovesFromAreaToAreaInTheTablesOrder() {
        browser.open("#/map/census-overcrowded/msoa21");
        browser.await(d -> browser.find("#map-status").getText().endsWith("drawn."));
        List<String> codes = MapBrowserTests.tableCodes(browser);
        browser.script("document.getElementById('map-period').focus()");
        WebElement area = tabUntilArea();
        assertThat(area.getAttribute("data-code"))
                .as("Tab enters at the highest")
                .isEqualTo(codes.get(0));
        assertThat(strokeWidth(area)).as("a focused area's outline").isGreaterThanOrEqualTo(3.0);
        assertThat(visibleTooltip()).isEqualTo(area.getAttribute("aria-label"));

        area.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.focused().getAttribute("data-code")).isEqualTo(codes.get(1));
        assertThat(visibleTooltip()).isEqualTo(browser.focused().getAttribute("aria-label"));
        browser.focused().sendKeys(Keys.END);
        assertThat(browser.focused().getAttribute("data-code")).isEqualTo(codes.get(codes.size() - 1));
        browser.focused().sendKeys(Keys.HOME);
        assertThat(browser.focused().getAttribute("data-code")).isEqualTo(codes.get(0));
        browser.focused().sendKeys(Keys.ARROW_DOWN);
        browser.focused().sendKeys(Keys.ENTER);
        browser.awaitRoute("#/area/" + codes.get(1));
    }

    @Test
    void theDrawnMapAndItsTableHaveNoAccessibilityViolations() {
        browser.open("#/map/census-overcrowded/msoa21");
        browser.await(d -> browser.find("#map-status").getText().endsWith("drawn."));
        browser.assertAccessible("map drawn (1,002 local areas) with table");
    }

    private static WebElement tabUntilArea() {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement f = browser.focused();
            if ("path".equals(f.getTagName())) {
                return f;
            }
            seen.append(' ')
                    .append(f.getTagName())
                    .append('#')
                    .append(f.getAttribute("id"))
                    .append('.')
                    .append(f.getAttribute("class"));
        }
        throw new AssertionError("Tab did not reach the map's areas, but:" + seen);
    }

    private static String visibleTooltip() {
        return browser.await(d -> browser.all(".obs-tooltip").stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .findFirst()
                .orElse(null));
    }

    private static double strokeWidth(WebElement element) {
        return Double.parseDouble(element.getCssValue("stroke-width").replace("px", ""));
    }

    private static WebElement path(String code) {
        return browser.find("#map path[data-code='" + code + "']");
    }

    /** A data directory holding a copy of the README's release, with MSOA 2021 boundaries added. */
    static Path releaseWithMsoaBoundaries() throws IOException {
        Path source = ServedObservatory.publishedDataDir().resolve("releases");
        Path dir = Files.createTempDirectory("observatory-boundaries-");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to =
                        dir.resolve("releases").resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path release;
        try (Stream<Path> releases = Files.list(dir.resolve("releases"))) {
            release = releases.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path boundaries = Files.createDirectories(release.resolve("boundaries"));
        Files.deleteIfExists(boundaries.resolve("lad.geojson.gz"));
        if (Files.notExists(boundaries.resolve("msoa21.geojson.gz"))) {
            writeMsoaBoundaries(boundaries.resolve("msoa21.geojson.gz"));
        }
        return dir;
    }

    /** The MSOA 2021 boundaries of data-samples/london as /api/boundaries serves a level, gzipped. */
    private static void writeMsoaBoundaries(Path file) throws IOException {
        JsonNode msoas = JSON.readTree(ObservatoryRun.repoRoot()
                .resolve("data-samples/london/boundaries/london_msoa21_bgc.geojson")
                .toFile());
        ObjectNode out = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = out.putArray("features");
        for (JsonNode f : msoas.path("features")) {
            String code = f.path("properties").path("MSOA21CD").asString();
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", code);
            feature.putObject("properties")
                    .put("code", code)
                    .put("name", f.path("properties").path("MSOA21NM").asString());
            feature.set("geometry", f.path("geometry"));
        }
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            JSON.writeValue(gz, out);
        }
    }
}
