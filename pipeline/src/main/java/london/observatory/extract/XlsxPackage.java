package london.observatory.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes fastexcel's workbook byte-identical for the same rows. fastexcel 0.20.2 writes every zip entry with a
 * fixed (zero) time, but stamps {@code docProps/core.xml}'s {@code dcterms:created} with {@code Instant.now()} and
 * offers no way to set it. So the package is copied once, entry by entry in its own order (streamed, memory flat),
 * with a fixed entry time and the creation time replaced by when the database was built, a fact of the data.
 */
final class XlsxPackage {

    static final String CORE_PROPERTIES = "docProps/core.xml";
    /** The earliest time a zip entry can carry (MS-DOS dates start in 1980): no clock in the file. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String CREATED = "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)";

    private XlsxPackage() {}

    static void restamp(Path in, Path out, String builtAt) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile());
                OutputStream file = Files.newOutputStream(out);
                ZipOutputStream copy = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(ENTRY_TIME);
                copy.putNextEntry(fixed);
                try (InputStream content = zip.getInputStream(entry)) {
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        copy.write(restampCore(content.readAllBytes(), builtAt));
                    } else {
                        content.transferTo(copy);
                    }
                }
                copy.closeEntry();
            }
        }
    }

    /** {@code core.xml} is a few hundred bytes. Without a build time the element goes: no date is better than now. */
    private static byte[] restampCore(byte[] core, String builtAt) {
        String xml = new String(core, StandardCharsets.UTF_8);
        String replaced = builtAt == null
                ? xml.replaceAll(CREATED, "")
                : xml.replaceAll(CREATED, "$1" + Matcher.quoteReplacement(builtAt) + "$2");
        return replaced.getBytes(StandardCharsets.UTF_8);
    }
}
