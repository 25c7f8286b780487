package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every state of the page: none may be violated. (The drawn map
 * is checked by {@link DrawnMapBrowserTests}, on a release that has boundaries.)
 */
class AccessibilityBrowserTests extends OnThePage {

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void home() {
        browser.open("#/").assertAccessible("home");
    }

    @Test
    void searchSuggestionsOpen() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("Camden");
        browser.await(d -> browser.find("#search-listbox").isDisplayed());
        browser.find("#search-input").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.assertAccessible("search suggestions");
    }

    @Test
    void searchResults() {
        browser.open("#/search/Camden").assertAccessible("search results");
    }

    @Test
    void boroughPageWithItsChartsAndDetailsOpen() {
        browser.open("#/area/E09000007");
        browser.await(d -> browser.all(".obs-figure__trend").stream()
                .noneMatch(t -> t.getText().startsWith("Loading")));
        browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
        browser.assertAccessible("area page (borough, every details open)");
    }

    @Test
    void neighbourhoodPage() {
        browser.open("#/area/E01000842");
        browser.await(d -> browser.all(".obs-figure__trend").stream()
                .noneMatch(t -> t.getText().startsWith("Loading")));
        browser.assertAccessible("area page (neighbourhood)");
    }

    @Test
    void mapWithItsTable() {
        browser.open("#/map/claimant-count/lad");
        browser.await(d -> !browser.find("#map-status").getText().startsWith("Drawing"));
        browser.assertAccessible("map with table (boroughs)");
        browser.screenshot("map-lad");
    }

    @Test
    void downloadForm() {
        browser.open("#/download/E09000007").assertAccessible("download form");
        browser.screenshot("download-form");
    }

    @Test
    void downloadFormShowingAProblem() {
        browser.open("#/download");
        browser.find("#download-list").sendKeys("ZZ9 9ZZ");
        browser.find("#download-form button[type=submit]").click();
        browser.await(d -> browser.find("#download-errors").isDisplayed());
        browser.assertAccessible("download form with a problem");
    }

    @Test
    void pageNotFound() {
        browser.open("#/nowhere").assertAccessible("page not found");
    }
}
