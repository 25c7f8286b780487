package london.observatory.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A release's databases are never written again once built. Taking away their write permission makes that hold
 * for every process but the superuser's: DuckDB refuses a read-write open of such a file at once ("Permission
 * denied"), before it writes any write-ahead log, while read-only opens work as before. Where files have no POSIX
 * permissions nothing changes (a read-only attribute there would stop old releases from being removed).
 */
final class ReadOnlyDatabases {

    private ReadOnlyDatabases() {}

    static void seal(Path database) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(database, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(view.readAttributes().permissions());
            permissions.removeAll(EnumSet.of(
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            view.setPermissions(permissions);
        }
    }
}
