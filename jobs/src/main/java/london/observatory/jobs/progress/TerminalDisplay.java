package london.observatory.jobs.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

/**
 * The live line on the console, for as long as a run lasts: {@code System.out} and {@code System.err} are routed
 * round the line while it is up (the console log looks {@code System.out} up at each write, so its lines go round
 * it too) and put back when the run ends.
 */
final class TerminalDisplay implements ProgressDisplay {

    private final LiveLine line;
    private final PrintStream out;
    private final PrintStream err;

    TerminalDisplay() {
        out = System.out;
        err = System.err;
        line = new LiveLine(out);
        System.setOut(new PrintStream(new RoundTheLine(line, out), true, encoding("stdout")));
        System.setErr(new PrintStream(new RoundTheLine(line, err), true, encoding("stderr")));
    }

    @Override
    public void show(List<ProgressState> states, Instant now) {
        line.show(states, now);
    }

    @Override
    public void end() {
        line.end(); // first: whatever is written once the streams are back starts on a line of its own
        System.setOut(out);
        System.setErr(err);
    }

    /** The encoding the JVM gave the console stream, so text printed by the route is the bytes it was before. */
    private static Charset encoding(String stream) {
        String name = System.getProperty(stream + ".encoding", System.getProperty("sun." + stream + ".encoding"));
        return name == null ? Charset.defaultCharset() : Charset.forName(name);
    }

    /** Writes to a console stream with the live line out of the way. */
    static final class RoundTheLine extends OutputStream {

        private final LiveLine line;
        private final OutputStream target;

        RoundTheLine(LiveLine line, OutputStream target) {
            this.line = line;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            line.otherOutput(target, bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
