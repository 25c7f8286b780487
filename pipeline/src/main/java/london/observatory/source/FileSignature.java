package london.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a file is from its first bytes, before a text reader meets it: a ZIP archive (an XLSX or ODS
 * too), gzip, PDF, UTF-16 text, an HTML page (a login or error page served where a download was expected),
 * XML, or binary data. Without this the reader fails deep in a decoder ("Input length = 1") or reads NUL
 * bytes into cells and failure lines.
 */
public final class FileSignature {

    /** Enough to see a signature, a byte order mark and an HTML page's title. */
    static final int HEAD_BYTES = 8_192;

    private static final Pattern TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private FileSignature() {}

    /**
     * Throws when {@code file} is plainly not text, saying what it is instead: {@code is a ZIP archive, not
     * CSV text}. {@code expected} names what the reader wanted ({@code CSV text}).
     */
    public static void requireText(Path file, String expected) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Optional<String> other = notText(head);
        if (other.isPresent()) {
            throw new RejectedInputException(file.getFileName().toString(), "is " + other.get() + ", not " + expected);
        }
    }

    /** What {@code head} (a file's first bytes) is when it is not plain 8-bit or UTF-8 text. */
    static Optional<String> notText(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return Optional.of("a ZIP archive" + zipContent(head));
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return Optional.of("gzip-compressed data");
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return Optional.of("UTF-16 little-endian text (byte order mark FF FE)");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return Optional.of("UTF-16 big-endian text (byte order mark FE FF)");
        }
        Optional<String> markup = markup(head);
        if (markup.isPresent()) {
            return markup;
        }
        return nulBytes(head);
    }

    /** The first entry's name tells a spreadsheet from another archive: ODS puts {@code mimetype} first. */
    private static String zipContent(byte[] head) {
        if (head.length < 30) {
            return "";
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        if (30 + nameLength > head.length) {
            return "";
        }
        String first = new String(head, 30, nameLength, StandardCharsets.ISO_8859_1);
        if (first.equals("mimetype")) {
            return " (an ODS spreadsheet)";
        }
        if (first.equals("[Content_Types].xml") || first.startsWith("xl/") || first.startsWith("_rels/")) {
            return " (an XLSX workbook)";
        }
        return "";
    }

    private static Optional<String> markup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // a UTF-8 byte order mark, read byte by byte
        String lower = text.substring(start).stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html")
                || lower.startsWith("<html")
                || lower.startsWith("<head")
                || lower.startsWith("<body")) {
            return Optional.of(
                    "an HTML page" + title(new String(head, StandardCharsets.UTF_8)) + " (a login or error page?)");
        }
        if (lower.startsWith("<?xml")) {
            return Optional.of("an XML document");
        }
        return Optional.empty();
    }

    private static String title(String html) {
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            return "";
        }
        String text = title.group(1).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : " titled \"" + Snippet.of(text, 80) + "\"";
    }

    /**
     * NUL bytes never occur in UTF-8 or Windows-1252 text. Every other byte NUL is UTF-16 without a byte
     * order mark; anything else is binary data.
     */
    private static Optional<String> nulBytes(byte[] head) {
        int first = -1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                first = first < 0 ? i : first;
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int half = head.length / 2;
        if (half > 0 && (odd >= half * 9 / 10 && even == 0 || even >= half * 9 / 10 && odd == 0)) {
            return Optional.of("UTF-16 text without a byte order mark (a NUL byte beside each character)");
        }
        return Optional.of(String.format(Locale.ROOT, "binary data (a NUL byte at offset %,d)", first));
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
