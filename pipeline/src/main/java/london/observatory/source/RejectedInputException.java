package london.observatory.source;

import java.io.IOException;

/**
 * A landed file a reader will not read: not the kind of file it expects (a ZIP archive, an HTML login page,
 * UTF-16 text where CSV is expected), or past one of the {@link ReadLimits}. The message is one line that
 * names the file, the line where that applies, and the reason in words, never quoting more than a
 * {@link Snippet} of what the file holds; a caller that knows the feed puts its id in front
 * ({@link #forFeed}).
 */
public final class RejectedInputException extends IOException {

    private final String file;
    private final long line;
    private final String reason;

    /** {@code reason} reads on from the file's name: "is a ZIP archive, not CSV text". */
    public RejectedInputException(String file, String reason) {
        this(file, 0, reason);
    }

    /** {@code reason} says what is wrong on {@code line} (1-based): "a NUL character: ...". */
    public RejectedInputException(String file, long line, String reason) {
        super(message(file, line, reason));
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    private static String message(String file, long line, String reason) {
        return line > 0 ? "file " + file + " line " + line + ": " + reason : "file " + file + " " + reason;
    }

    /** The same rejection told of another name for the file (the name the source gave a downloaded file). */
    public RejectedInputException named(String name) {
        RejectedInputException renamed = new RejectedInputException(name, line, reason);
        renamed.initCause(this);
        return renamed;
    }

    /** {@code <feed>: file x.csv is a ZIP archive, not CSV text}. */
    public String forFeed(String feed) {
        return feed + ": " + getMessage();
    }

    public String file() {
        return file;
    }

    /** The line the reason applies to, or 0 for the whole file. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
