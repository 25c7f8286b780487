package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The one search box: suggestions appear as you type, for a place, a topic and a postcode. */
class SearchBrowserTests extends OnThePage {

    @Test
    void typingAPlaceSuggestsItAsYouType() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("Camden");

        List<String> options = suggestions();
        assertThat(options.get(0)).startsWith("Camden").contains("Borough");
        assertThat(options)
                .anySatisfy(o -> assertThat(o).contains("Camden Town").contains("Ward in Camden"));
        assertThat(browser.find("#search-input").getAttribute("aria-expanded")).isEqualTo("true");
        // the count is said to screen readers by a status line that is not shown
        assertThat(browser.find("#search-status").getAttribute("class")).contains("govuk-visually-hidden");
        assertThat(browser.find("#search-status").getAttribute("textContent"))
                .startsWith(options.size() + " suggestions");
        browser.screenshot("search-suggestions");
    }

    @Test
    void typingATopicSuggestsItsIndicatorsAndOpensTheirMap() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("claimant");
        assertThat(suggestions().get(0)).startsWith("Claimant count").contains("Topic");

        browser.find("#search-input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "depression");
        browser.await(d -> suggestions().get(0).startsWith("Depression: recorded prevalence"));

        browser.all("#search-listbox [role=option]").get(0).click();
        browser.awaitRoute("#/map/depression-prevalence-gp/lad");
        assertThat(browser.find("h1").getText()).startsWith("Depression: recorded prevalence");
    }

    @Test
    void aPostcodeIsAnsweredWithItsNeighbourhood() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("NW3 9MM");
        assertThat(suggestions().get(0)).startsWith("Camden 011A").contains("Neighbourhood (LSOA) in Camden");
    }

    @Test
    void enterWithoutChoosingShowsTheFullResults() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("Camden", Keys.ENTER);
        browser.awaitRoute("#/search/Camden");
        assertThat(browser.find("h1").getText()).isEqualTo("Results for “Camden”");
        List<WebElement> links = browser.all(".obs-results a");
        assertThat(links).hasSizeGreaterThan(3);
        assertThat(links.get(0).getText()).isEqualTo("Camden");
        assertThat(links.get(0).getAttribute("href")).endsWith("#/area/E09000007");
        browser.screenshot("search-results");
    }

    @Test
    void anUnknownPostcodeSaysWhy() {
        browser.open("#/");
        browser.find("#search-input").sendKeys("ZZ9 9ZZ");
        WebElement notice = browser.await(d -> {
            WebElement n = browser.find("#search-notice");
            return n.isDisplayed() ? n : null;
        });
        assertThat(notice.getText()).contains("ZZ9 9ZZ is not in a London neighbourhood");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    /** The suggestions once they are shown (they come after the box's short pause, so they are waited for). */
    private static List<String> suggestions() {
        return browser.await(d -> {
            List<WebElement> options = browser.all("#search-listbox [role=option]");
            return options.isEmpty() || !browser.find("#search-listbox").isDisplayed()
                    ? null
                    : options.stream().map(WebElement::getText).toList();
        });
    }
}
