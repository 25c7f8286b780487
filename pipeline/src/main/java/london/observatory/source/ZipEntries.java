package london.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Sources that ship a ZIP of files (Nomis bulk Census downloads hold one CSV per geography level) are
 * landed as published, and the one entry a feed reads is unpacked beside the archive on first use.
 */
public final class ZipEntries {

    private ZipEntries() {}

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * The entry whose name (or last path segment) is {@code name}, unpacked to {@code <zip>.<name>}.
     *
     * @throws IOException naming the archive and its entries when there is no such entry
     */
    public static Path extract(Path zip, String name) throws IOException {
        Path target = zip.resolveSibling(zip.getFileName() + "." + name);
        if (Files.exists(target)) {
            return target;
        }
        List<String> seen = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String entryName = entry.getName();
                if (entryName.equals(name) || entryName.endsWith("/" + name)) {
                    Path partial = target.resolveSibling("." + target.getFileName() + ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                }
                seen.add(entryName);
            }
        }
        throw new IOException(zip.getFileName() + " has no entry " + name + "; entries: " + seen);
    }
}
