package london.observatory.connectors.statxplore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code writes to standard error, where slf4j-simple sends the tests' log lines. */
final class StandardErr {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private StandardErr() {}

    static String capture(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text); // still shown in the build output
        return text;
    }
}
