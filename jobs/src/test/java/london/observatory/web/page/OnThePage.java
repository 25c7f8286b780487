package london.observatory.web.page;

import london.observatory.web.ServedObservatory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class's setting: the JVM's one server over the README's release ({@link PageServer}) and a headless
 * Chromium of the class's own, opened before its tests and closed after them (the classes run one at a time).
 */
abstract class OnThePage {

    static ServedObservatory served;
    static Browser browser;

    @BeforeAll
    static void openTheBrowser() {
        served = PageServer.served();
        browser = new Browser("http://localhost:" + served.port());
    }

    @AfterAll
    static void closeTheBrowser() {
        browser.close();
    }
}
