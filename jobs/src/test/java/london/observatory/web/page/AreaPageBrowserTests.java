package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An area's page: its latest figures beside London's, in words, each with its source, period, flag and method. */
class AreaPageBrowserTests extends OnThePage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CAMDEN = "E09000007";

    @Test
    void aBoroughsFiguresShowBesideLondonsInWords() throws Exception {
        JsonNode page = api("/api/areas/" + CAMDEN);
        browser.open("#/area/" + CAMDEN);

        assertThat(browser.find("h1").getText()).isEqualTo("Camden");
        assertThat(browser.find(".govuk-caption-l").getText()).isEqualTo("Borough");
        assertThat(browser.all("article.obs-figure"))
                .hasSize(page.path("figures").size());
        int checkedWords = 0;
        for (JsonNode f : page.path("figures")) {
            WebElement card = card(f.path("indicator").path("id").asString());
            assertThat(card.findElement(By.tagName("h3")).getText())
                    .isEqualTo(f.path("indicator").path("title").asString());
            assertThat(card.findElement(By.cssSelector(".obs-figure__london")).getText())
                    .startsWith("London");
            assertThat(card.findElement(By.cssSelector(".obs-figure__about")).getText())
                    .contains("Period: ", "Source: ", "How it was made: ", "Flag: ")
                    .contains(f.path("indicator").path("publisher").asString());
            String expected = tenthsWords(f, "London boroughs");
            if (expected != null) {
                assertThat(card.findElement(By.cssSelector(".obs-figure__words"))
                                .getText())
                        .isEqualTo(expected);
                checkedWords++;
            }
        }
        assertThat(checkedWords).as("figures said as 'higher than n in 10'").isGreaterThan(20);

        WebElement overcrowded = card("census-overcrowded");
        assertThat(overcrowded.getText())
                .contains("24.3% of households in 2021")
                .contains("Higher than 8 in 10 London boroughs.")
                .contains("London: 24.0% of households. Camden is about the same as London.")
                .contains("Flag: As published");
        assertThat(card("claimant-count").getText())
                .contains("in October 2025")
                .contains("Flag: Shared out: the source published it for older or larger areas");
        assertThat(card("camden-housing-register-applications").getText())
                .contains("Flag: Protected: made from a borough's own case records");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void eachFigureHasATrendChartWithATextAlternative() throws Exception {
        JsonNode series = api("/api/areas/" + CAMDEN + "/indicators/claimant-count");
        browser.open("#/area/" + CAMDEN);
        browser.await(d -> browser.all(".obs-figure__trend").stream()
                .noneMatch(t -> t.getText().startsWith("Loading")));

        WebElement claimants = card("claimant-count");
        WebElement chart = claimants.findElement(By.cssSelector("svg[role=img]"));
        String label = chart.findElement(By.tagName("title")).getAttribute("textContent");
        assertThat(label)
                .startsWith("Trend in Camden: ")
                .contains("September 2025")
                .contains("October 2025");
        assertThat(chart.getAttribute("aria-labelledby"))
                .isEqualTo(chart.findElement(By.tagName("title")).getAttribute("id"));
        List<WebElement> rows = claimants.findElements(By.cssSelector(".obs-trend__details tbody tr"));
        assertThat(rows).hasSize(series.path("series").size());
        // a single period (the Census) says so instead of drawing a line
        assertThat(card("census-overcrowded").getText()).contains("One period only (2021), so no trend yet.");
    }

    @Test
    void aNeighbourhoodFoundByPostcodeStandsAmongLondonsNeighbourhoods() throws Exception {
        JsonNode page = api("/api/areas/E01000842");
        browser.open("#/area/E01000842");
        assertThat(browser.find("h1").getText()).isEqualTo("Camden 011A");
        assertThat(browser.all(".govuk-breadcrumbs a"))
                .extracting(WebElement::getText)
                .containsExactly("Home", "London", "Camden", "Camden 011");
        JsonNode unemployed = figure(page, "census-unemployed");
        assertThat(card("census-unemployed")
                        .findElement(By.cssSelector(".obs-figure__words"))
                        .getText())
                .isEqualTo(tenthsWords(unemployed, "London neighbourhoods"));
    }

    @Test
    void theAreaPageScreenshotForTheReadme() {
        browser.driver.manage().window().setSize(new Dimension(1280, 1500));
        try {
            browser.open("#/area/" + CAMDEN);
            browser.await(d -> browser.all(".obs-figure__trend").stream()
                    .noneMatch(t -> t.getText().startsWith("Loading")));
            browser.script("window.scrollTo(0, 0)");
            assertThat(browser.screenshot("area-page")).exists();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** "Higher than n in 10 …" as the page must say it, for figures in the plain case; null for the edge cases. */
    static String tenthsWords(JsonNode f, String others) {
        if (f.path("value").isNull()
                || f.path("outOf").isNull()
                || f.path("outOf").asInt() < 10) {
            return null;
        }
        int higherThan = f.path("higherThan").asInt();
        int outOf = f.path("outOf").asInt();
        long tenths = Math.round(10.0 * higherThan / outOf);
        if (higherThan == 0 || higherThan == outOf - 1 || tenths == 0 || tenths == 10) {
            return null;
        }
        return "Higher than " + tenths + " in 10 " + others + ".";
    }

    private static WebElement card(String indicator) {
        return browser.find("article.obs-figure[data-indicator='" + indicator + "']");
    }

    private static JsonNode figure(JsonNode page, String indicator) {
        for (JsonNode f : page.path("figures")) {
            if (f.path("indicator").path("id").asString().equals(indicator)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + indicator);
    }

    private static JsonNode api(String path) throws Exception {
        return JSON.readTree(served.get(path).body());
    }
}
