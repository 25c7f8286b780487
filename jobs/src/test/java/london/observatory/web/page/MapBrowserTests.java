package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import london.observatory.web.ServedObservatory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map page on the README's release: its pickers change the table under the map (and the address, so Back
 * works). Where the release has boundaries for a level, the map draws one area per table row; where it has none
 * (releases made before boundaries were published), the page says the map is unavailable and the table stays.
 */
class MapBrowserTests extends OnThePage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void switchingTheIndicatorAndTheLevelChangesTheTable() throws Exception {
        browser.open("#/map/claimant-count/lad");
        assertTableIs("claimant-count", "lad", null);
        assertMapMatchesTable(served, browser, "lad");

        new Select(browser.find("#map-indicator")).selectByValue("census-overcrowded");
        browser.awaitRoute("#/map/census-overcrowded/lad");
        assertThat(browser.find("h1").getText()).isEqualTo("Overcrowded households (Census 2021) by borough");
        assertTableIs("census-overcrowded", "lad", null);
        assertThat(browser.focused().getAttribute("id"))
                .as("focus stays on the picker")
                .isEqualTo("map-indicator");

        new Select(browser.find("#map-level")).selectByValue("msoa21");
        browser.awaitRoute("#/map/census-overcrowded/msoa21");
        assertThat(browser.find("h1").getText()).isEqualTo("Overcrowded households (Census 2021) by local area");
        assertThat(assertTableIs("census-overcrowded", "msoa21", null)).isEqualTo(1002);
        assertMapMatchesTable(served, browser, "msoa21");
        browser.screenshot("map-msoa21");
    }

    @Test
    void anEarlierPeriodCanBeChosenAndBackReturnsToTheLatest() throws Exception {
        browser.open("#/map/claimant-count/lad");
        assertThat(new Select(browser.find("#map-period"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("October 2025");

        new Select(browser.find("#map-period")).selectByValue("2025-09");
        browser.awaitRoute("#/map/claimant-count/lad/2025-09");
        assertTableIs("claimant-count", "lad", "2025-09");
        assertThat(browser.find("#map-table caption").getText()).contains("September 2025");

        browser.driver.navigate().back();
        browser.awaitRoute("#/map/claimant-count/lad");
        assertThat(browser.find("#map-table caption").getText()).contains("October 2025");
        assertThat(new Select(browser.find("#map-period"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("October 2025");
    }

    @Test
    void wardsHaveTheirTableWhetherOrNotTheMapCanBeDrawn() throws Exception {
        browser.open("#/map/claimant-count/ward");
        int rows = assertTableIs("claimant-count", "ward", null);
        assertThat(rows).isEqualTo(684);
        assertMapMatchesTable(served, browser, "ward");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    /**
     * The table holds every area of the API's answer, highest first, and its caption names the indicator and period;
     * returns its number of rows.
     */
    static int assertTableIs(String indicator, String level, String period) throws Exception {
        JsonNode answer = JSON.readTree(
                served.get("/api/map/" + indicator + "?level=" + level + (period == null ? "" : "&period=" + period))
                        .body());
        List<String> apiCodes = new ArrayList<>();
        answer.path("values").forEach(v -> apiCodes.add(v.path("code").asString()));
        List<String> tableCodes = tableCodes(browser);
        // where boundaries add areas the answer has no row for, they are listed too (with no figure)
        assertThat(tableCodes).containsAll(apiCodes);
        assertThat(browser.find("#map-table caption").getText())
                .startsWith(answer.path("indicator").path("title").asString());
        JsonNode highest = null;
        for (JsonNode v : answer.path("values")) {
            if (!v.path("value").isNull()
                    && (highest == null
                            || v.path("value").asDouble()
                                    > highest.path("value").asDouble())) {
                highest = v;
            }
        }
        assertThat(browser.find("#map-table tbody tr th").getText())
                .isEqualTo(highest.path("name").asString());
        return tableCodes.size();
    }

    /** With boundaries, one drawn area per table row; without, the map is hidden and the page says why. */
    static void assertMapMatchesTable(ServedObservatory served, Browser browser, String level) throws Exception {
        int boundaries = served.get("/api/boundaries/" + level, "Accept", "application/geo+json")
                .statusCode();
        String status = browser.await(d -> {
            String s = browser.find("#map-status").getText();
            return s.startsWith("Drawing") ? null : s;
        });
        if (boundaries == 200) {
            long paths = (Long) browser.script("return document.querySelectorAll('#map path.obs-area').length");
            assertThat(paths).as("areas drawn").isEqualTo(tableCodes(browser).size());
            assertThat(status).endsWith(" drawn.");
            assertThat(browser.find("#map").isDisplayed()).isTrue();
        } else {
            assertThat(boundaries).isEqualTo(404);
            assertThat(status).startsWith("The map is unavailable: this release has no boundaries for");
            assertThat(browser.find("#map").isDisplayed()).isFalse();
            assertThat(browser.find("#map-table").isDisplayed()).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> tableCodes(Browser browser) {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#map-table tbody tr'), r => r.dataset.code)");
    }
}
