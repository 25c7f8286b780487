package london.observatory.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import london.observatory.web.ServedObservatory;

/**
 * One {@code observatory serve} for every browser test class in the JVM, over the README's nightly run (made once, by
 * {@link ServedObservatory#publishedDataDir()}), so each class does not pay for its own start.
 */
final class PageServer {

    private static ServedObservatory served;

    private PageServer() {}

    static synchronized ServedObservatory served() {
        if (served == null) {
            try {
                served = ServedObservatory.serve(ServedObservatory.publishedDataDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(served::close));
        }
        return served;
    }
}
