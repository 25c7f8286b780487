package london.observatory.jobs.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One nightly run at a time per data directory: an operating-system lock on {@code <data-dir>/.nightly.lock},
 * released when the holder closes it or its process dies (a killed run never leaves a stale lock behind).
 */
public final class DataDirectoryLock implements AutoCloseable {

    public static final String FILE = ".nightly.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** How often a waiting run tries the lock again: a wait is for a run that takes minutes or hours. */
    private static final Duration RETRY = Duration.ofMillis(250);

    /** Takes the lock at once, or throws {@link DataDirectoryBusyException} when another run holds it. */
    public static DataDirectoryLock acquire(Path dataDir) {
        return tryAcquire(file(dataDir));
    }

    /**
     * Takes the lock, waiting up to {@code atMost} for the run holding it to finish; {@code waiting} is told
     * once, when the lock is busy, before the wait. Throws {@link DataDirectoryBusyException} when it is still
     * held at the end.
     */
    public static DataDirectoryLock await(Path dataDir, Duration atMost, Consumer<Path> waiting) {
        Path file = file(dataDir);
        try {
            return tryAcquire(file);
        } catch (DataDirectoryBusyException busy) {
            waiting.accept(file);
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            try {
                return tryAcquire(file);
            } catch (DataDirectoryBusyException busy) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new DataDirectoryBusyException(file, atMost);
                }
                pause(Math.min(left, RETRY.toNanos()));
            }
        }
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the data directory's lock", e);
        }
    }

    private static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE);
    }

    private static DataDirectoryLock tryAcquire(Path file) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryBusyException(file);
            }
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // Held by this same process (a second run started in-process); the same refusal.
            closeQuietly(channel);
            throw new DataDirectoryBusyException(file);
        } catch (DataDirectoryBusyException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(
                    "cannot lock the data directory " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to keep: the lock dies with the channel or the process
        }
    }
}
