package london.observatory.extract;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The extract and its Data Package are written under temporary names beside their targets and moved into place
 * only when both are complete: a failure at any point leaves neither (and never a half-written file) under the
 * names asked for. Closing without {@link #commit()} deletes the temporary files.
 */
final class StagedFiles implements AutoCloseable {

    private final Path target;
    private final Path dataPackage;
    private final Path stagedTarget;
    private final Path stagedDataPackage;
    private boolean committed;

    StagedFiles(Path target) {
        this.target = target;
        this.dataPackage = DataPackage.beside(target);
        this.stagedTarget = staged(target);
        this.stagedDataPackage = staged(dataPackage);
    }

    /** {@code dir/.name.partial}: hidden, beside the target, so the final move is a rename on one file system. */
    private static Path staged(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".partial");
    }

    Path target() {
        return target;
    }

    Path dataPackage() {
        return dataPackage;
    }

    Path stagedTarget() {
        return stagedTarget;
    }

    Path stagedDataPackage() {
        return stagedDataPackage;
    }

    /** Moves the extract, then its Data Package, into place; if the second move fails, the first is undone. */
    void commit() throws IOException {
        move(stagedTarget, target);
        try {
            move(stagedDataPackage, dataPackage);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(stagedTarget);
            Files.deleteIfExists(stagedDataPackage);
        }
    }
}
