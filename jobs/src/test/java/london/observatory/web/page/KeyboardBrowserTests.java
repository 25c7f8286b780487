package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The whole path with the keyboard alone — search, an area, its download, a pasted list's download, the map and its
 * pickers, back to an area from the table — pressing only Tab, Shift+Tab, Enter, the arrow keys and typing, and
 * checking at every step that the focused control shows it has focus.
 */
class KeyboardBrowserTests extends OnThePage {

    private int presses;

    @Test
    void theWholePathWorksWithTheKeyboardAlone() throws Exception {
        browser.open("#/");

        // the first Tab reaches the skip link, then the header's links and the search box
        WebElement skip = tabTo(e -> e.getAttribute("class").contains("govuk-skip-link"), 1);
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        tabTo(e -> "search-input".equals(e.getAttribute("id")), 8);
        type("Camden");
        browser.await(d -> browser.find("#search-listbox").isDisplayed());
        press(Keys.ARROW_DOWN);
        assertThat(browser.find("#search-input").getAttribute("aria-activedescendant"))
                .isEqualTo("search-option-0");
        assertFocusVisible(browser.find("#search-option-0"));
        press(Keys.ENTER);
        browser.awaitRoute("#/area/E09000007");
        assertThat(browser.focused().getText())
                .as("focus moves to the new page's heading")
                .isEqualTo("Camden");
        assertFocusVisible(browser.focused());

        // the area's CSV, then the download form for a longer list
        tabTo(e -> "/api/extract?area=E09000007&format=csv".equals(e.getDomAttribute("href")), 10);
        press(Keys.ENTER);
        assertThat(Files.size(browser.downloaded("-E09000007.csv"))).isPositive();
        tabTo(e -> e.getText().startsWith("Choose topics, or add more areas"), 5);
        press(Keys.ENTER);
        browser.awaitRoute("#/download/E09000007");
        tabTo(e -> "download-list".equals(e.getAttribute("id")), 3);
        press(Keys.END);
        // a Hackney postcode (the samples' second borough): one inside Camden would overlap it, which a total refuses
        String hackney =
                List.copyOf(DownloadBrowserTests.londonPostcodes().keySet()).get(1);
        type("\n" + hackney);
        WebElement total = tabTo(e -> "download-total-true".equals(e.getAttribute("id")), 1);
        assertThat(total.isSelected()).isTrue();
        tabTo(e -> "download-format-csv".equals(e.getAttribute("id")), 8);
        press(Keys.ARROW_DOWN);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("download-format-xlsx");
        press(Keys.ARROW_UP);
        assertThat(browser.find("#download-format-csv").isSelected()).isTrue();
        tabTo(e -> "Download".equals(e.getText()) && "button".equals(e.getTagName()), 1);
        press(Keys.ENTER);
        Path list = browser.downloaded("-2-areas.csv");
        List<CSVRecord> rows = DownloadBrowserTests.read(list);
        assertThat(rows.get(rows.size() - 1).get("area_code")).isEqualTo("custom");
        assertThat(browser.focused().getText()).as("focus stays on the button").isEqualTo("Download");

        // back up to the header's Map link, then the pickers
        tabBackTo(e -> "Map".equals(e.getText()), 20);
        press(Keys.ENTER);
        browser.awaitRoute("#/map/claimant-count/lad"); // the address names what the map shows
        String caption = browser.find("#map-table caption").getText();
        tabTo(e -> "map-indicator".equals(e.getAttribute("id")), 3);
        press(Keys.ARROW_DOWN);
        String indicator = browser.find("#map-indicator").getAttribute("value");
        browser.awaitRoute("#/map/" + indicator + "/lad"); // a new topic keeps the level
        assertThat(browser.find("#map-table caption").getText()).isNotEqualTo(caption);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("map-indicator");
        tabTo(e -> "map-level".equals(e.getAttribute("id")), 1);
        String level = browser.find("#map-level").getAttribute("value");
        press(level.equals("lsoa21") ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        String other = browser.find("#map-level").getAttribute("value");
        assertThat(other).isNotEqualTo(level);
        browser.awaitRoute("#/map/" + indicator + "/" + other);
        MapBrowserTests.assertMapMatchesTable(served, browser, other);

        // into the table (past the map's areas when it is drawn) and open the first area
        WebElement first = tabTo(
                e -> e.getAttribute("href") != null
                        && e.getAttribute("href").contains("#/area/")
                        && e.findElements(org.openqa.selenium.By.xpath("ancestor::table"))
                                        .size()
                                == 1,
                12);
        String code = first.getAttribute("href").replaceAll(".*#/area/", "");
        press(Keys.ENTER);
        browser.awaitRoute("#/area/" + code);
        System.out.printf("keyboard path: %d key presses, every focused control visibly focused%n", presses);
    }

    /** Presses Tab until {@code wanted} has focus (at most {@code max} times), checking each stop shows its focus. */
    private WebElement tabTo(Predicate<WebElement> wanted, int max) {
        return move(wanted, max, Keys.TAB);
    }

    private WebElement tabBackTo(Predicate<WebElement> wanted, int max) {
        return move(wanted, max, null);
    }

    /** Tab, or Shift+Tab when {@code key} is null, until {@code wanted} has focus. */
    private WebElement move(Predicate<WebElement> wanted, int max, CharSequence key) {
        StringBuilder stops = new StringBuilder();
        for (int i = 0; i < max; i++) {
            if (key == null) {
                new Actions(browser.driver)
                        .keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB)
                        .keyUp(Keys.SHIFT)
                        .perform();
                presses++;
            } else {
                press(key);
            }
            WebElement focused = browser.focused();
            assertFocusVisible(focused);
            if (wanted.test(focused)) {
                return focused;
            }
            stops.append(" | ").append(describe(focused));
        }
        throw new AssertionError("not reached in " + max + " presses; stopped at" + stops);
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
        presses++;
    }

    private void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
        presses += text.length();
    }

    /**
     * A focus indicator a sighted keyboard user can see: an outline or a box shadow on the element (for a GOV.UK
     * checkbox or radio, on the label's drawn box, as the real input is transparent), or a thick stroke on a map area.
     */
    static void assertFocusVisible(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) browser.script("""
                const e = arguments[0];
                const drawn = (e.type === 'checkbox' || e.type === 'radio') ? e.nextElementSibling : e;
                const s = getComputedStyle(drawn, drawn === e ? null : '::before');
                const visibleColour = c => !/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent';
                return {
                  outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && visibleColour(s.outlineColor),
                  shadow: s.boxShadow !== 'none',
                  stroke: e instanceof SVGElement && parseFloat(s.strokeWidth) >= 3,
                  text: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow
                };""", element);
        assertThat(Boolean.TRUE.equals(style.get("outline"))
                        || Boolean.TRUE.equals(style.get("shadow"))
                        || Boolean.TRUE.equals(style.get("stroke")))
                .as("focus visible on " + describe(element) + ": " + style.get("text"))
                .isTrue();
    }

    private static String describe(WebElement e) {
        String id = e.getAttribute("id");
        String text = e.getText();
        return e.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " "
                + (text.length() > 40 ? text.substring(0, 40) : text);
    }
}
