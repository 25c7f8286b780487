package london.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Sources that ship a ZIP of files (Nomis bulk Census downloads hold one CSV per geography level) are
 * landed as published, and the one entry a feed reads is unpacked beside the archive on first use, within
 * the {@link ReadLimits} ({@link BoundedEntryStream}: no ZIP bomb fills the disk).
 */
public final class ZipEntries {

    private ZipEntries() {}

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    public static Path extract(Path zip, String name) throws IOException {
        return extract(zip, name, ReadLimits.DEFAULT);
    }

    /**
     * The entry whose name (or last path segment) is {@code name}, unpacked to {@code <zip>.<name>}.
     *
     * @throws IOException naming the archive and its entries when there is no such entry
     * @throws RejectedInputException when the entry inflates past {@code limits}
     */
    public static Path extract(Path zip, String name, ReadLimits limits) throws IOException {
        Path target = zip.resolveSibling(zip.getFileName() + "." + name);
        if (Files.exists(target)) {
            return target;
        }
        String archive = zip.getFileName().toString();
        List<String> seen = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entryName.equals(name) || entryName.endsWith("/" + name)) {
                    return unpack(file, entry, archive, target, limits);
                }
                seen.add(entryName);
            }
        } catch (ZipException e) {
            throw new RejectedInputException(archive, "is not a readable ZIP archive: " + Snippet.of(e.getMessage()));
        }
        throw new IOException(archive + " has no entry " + name + "; entries: " + Snippet.of(seen.toString()));
    }

    private static Path unpack(ZipFile file, ZipEntry entry, String archive, Path target, ReadLimits limits)
            throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try (InputStream in = BoundedEntryStream.open(file, entry, archive, limits)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
