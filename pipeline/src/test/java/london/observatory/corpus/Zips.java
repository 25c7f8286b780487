package london.observatory.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** ZIP archives in memory, for the mutations of ODS and XLSX parts and of a zipped CSV. */
final class Zips {

    private static final LocalDateTime STAMP = LocalDateTime.of(2024, 1, 1, 0, 0);

    record Entry(String name, byte[] bytes) {}

    private Zips() {}

    static List<Entry> entries(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] of(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(STAMP); // the same bytes from the same seed, whenever the corpus is made
                zip.putNextEntry(zipEntry);
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The archive with {@code name}'s bytes replaced (the entry order kept: an ODS's mimetype stays first). */
    static byte[] replace(byte[] zip, String name, byte[] bytes) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : entries(zip)) {
            entries.add(entry.name().equals(name) ? new Entry(name, bytes) : entry);
        }
        return of(entries);
    }

    static byte[] without(byte[] zip, String name) {
        return of(entries(zip).stream().filter(e -> !e.name().equals(name)).toList());
    }

    static byte[] part(byte[] zip, String name) {
        return entries(zip).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no part " + name))
                .bytes();
    }
}
