package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import london.observatory.web.ServedObservatory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's first load in headless Chromium on a fresh profile (nothing cached), then a reload: bytes over the wire
 * from the Navigation and Resource Timing APIs, and when the page became usable (domInteractive, DOMContentLoaded,
 * and the "search-ready" mark main.js sets once the search box answers). Printed for the README; the assertions
 * are the page's promises (no web font, nothing from another host, the map library only with the map).
 */
class PageLoadBrowserTests {

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const ready = performance.getEntriesByName('search-ready')[0];
            return {
              transfer: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
              encoded: nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0),
              decoded: nav.decodedBodySize + resources.reduce((s, r) => s + r.decodedBodySize, 0),
              requests: 1 + resources.length,
              domInteractive: nav.domInteractive,
              domContentLoaded: nav.domContentLoadedEventEnd,
              load: nav.loadEventEnd,
              searchReady: ready ? ready.startTime : -1,
              names: resources.map(r => r.name + ' ' + r.transferSize + ' ' + r.encodedBodySize + ' ' + r.decodedBodySize)
            };""";

    private static String base;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ServedObservatory served = PageServer.served();
        base = "http://localhost:" + served.port();
        browser = new Browser(base);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void firstLoadThenReload() {
        browser.open("");
        Map<String, Object> first = measure();
        print("first load (empty cache)", first);
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) first.get("names");
        assertThat(names).allSatisfy(n -> assertThat(n).startsWith(base));
        assertThat(names).noneMatch(n -> n.contains("/fonts/") || n.endsWith(".woff2") || n.contains("leaflet"));
        assertThat(((Number) first.get("searchReady")).doubleValue()).isPositive();

        browser.driver.navigate().refresh();
        browser.awaitRoute("#/");
        print("reload (cache revalidated)", measure());
    }

    @Test
    void firstLoadOfAnAreaPage() {
        try (Browser fresh = new Browser(base)) {
            fresh.open("#/area/E09000007");
            fresh.await(d -> fresh.all(".obs-figure__trend").stream()
                    .noneMatch(t -> t.getText().startsWith("Loading")));
            @SuppressWarnings("unchecked")
            Map<String, Object> area = (Map<String, Object>) fresh.script(MEASURE);
            print("area page, first load with its 41 trend charts", area);
        }
    }

    private static Map<String, Object> measure() {
        browser.await(
                d -> ((Number) browser.script("return performance.getEntriesByType('navigation')[0].loadEventEnd"))
                                .doubleValue()
                        > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.script(MEASURE);
        return m;
    }

    private static void print(String what, Map<String, Object> m) {
        System.out.printf(
                "page load, %s: %d requests, %.1f KB transferred (%.1f KB encoded bodies, %.1f KB decoded);"
                        + " domInteractive %.0f ms, DOMContentLoaded %.0f ms, search ready %.0f ms, load %.0f ms%n",
                what,
                ((Number) m.get("requests")).intValue(),
                kb(m.get("transfer")),
                kb(m.get("encoded")),
                kb(m.get("decoded")),
                ms(m.get("domInteractive")),
                ms(m.get("domContentLoaded")),
                ms(m.get("searchReady")),
                ms(m.get("load")));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) m.get("names");
        names.forEach(n -> System.out.println("    " + n.replace(base, "")));
    }

    private static double kb(Object bytes) {
        return ((Number) bytes).doubleValue() / 1024;
    }

    private static double ms(Object millis) {
        return ((Number) millis).doubleValue();
    }
}
