package london.observatory.release;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Points {@code data/observatory.duckdb} (and the open database beside it) at the latest release: a
 * symbolic link with a relative target ({@code releases/<id>/observatory.duckdb}), made under a temporary
 * name and renamed over the old link, which POSIX file systems do atomically. A reader opening the path
 * gets the old release or the new one, never a mixture, and one that already has the old file open keeps
 * reading it. Where links cannot be made (some Windows set-ups), the file is copied under a temporary name
 * and renamed into place instead, which is atomic too but costs the copy.
 */
final class ReleasePointer {

    private ReleasePointer() {}

    /** Makes {@code link} point at {@code target}; returns true for a link, false for a copy. */
    static boolean point(Path link, Path target) throws IOException {
        Path temporary = link.resolveSibling("." + link.getFileName() + ".next");
        Files.deleteIfExists(temporary);
        // A client that does not follow the link (or a copy made where links cannot be) writes its WAL here; left
        // beside the new release it would fail every open of it. DuckDB 2 follows the link and writes it beside the
        // release file instead, which start-up removes (leftovers.DeadRunLeftovers).
        Files.deleteIfExists(link.resolveSibling(link.getFileName() + ".wal"));
        boolean linked;
        try {
            Files.createSymbolicLink(temporary, link.getParent().relativize(target));
            linked = true;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // only the link's making falls back to a copy; a failure to move either into place is reported
            Files.copy(target, temporary);
            linked = false;
        }
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return linked;
    }
}
