package london.observatory.jobs.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * One line on a terminal, rewritten in place (a carriage return, no escape codes, so any terminal will do) with
 * the progress of the feed that began last. Other output goes through {@link #otherOutput}, which wipes the line
 * first; the next tick draws it again below, once that output has ended its line.
 */
final class LiveLine implements ProgressDisplay {

    /** An 80-column terminal's line, less the column a cursor at its end would wrap. */
    static final int WIDTH = 79;

    private final PrintStream terminal;
    /** The length of the line on the screen; 0 when none is. */
    private int shown;
    /** Other output has begun a line and not ended it: drawing now would write over it. */
    private boolean otherLineOpen;

    LiveLine(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void show(List<ProgressState> states, Instant now) {
        if (states.isEmpty() || otherLineOpen) {
            return; // between two steps the last line stays, rather than flicker
        }
        String text = ProgressLine.fitted(states.get(states.size() - 1), WIDTH);
        // Spaces over what a longer line before it would leave showing.
        terminal.print('\r' + text + " ".repeat(Math.max(0, shown - text.length())));
        terminal.flush();
        shown = text.length();
    }

    /** Writes {@code bytes[offset, offset + length)} to {@code target} with the line out of its way. */
    synchronized void otherOutput(OutputStream target, byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        if (shown > 0) {
            terminal.print('\r' + " ".repeat(shown) + '\r');
            terminal.flush();
            shown = 0;
        }
        target.write(bytes, offset, length);
        target.flush();
        otherLineOpen = bytes[offset + length - 1] != '\n';
    }

    /** The line as last drawn stays, ended, so what is printed next starts on a line of its own. */
    @Override
    public synchronized void end() {
        if (shown > 0) {
            terminal.println();
            shown = 0;
        }
        terminal.flush();
    }
}
