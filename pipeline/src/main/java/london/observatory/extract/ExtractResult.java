package london.observatory.extract;

import java.nio.file.Path;

/**
 * What an extract wrote: the file, its Data Package sidecar, how many rows (a total row included) and the
 * file's SHA-256, which the sidecar also records.
 */
public record ExtractResult(Path file, Path dataPackage, long rows, long bytes, String sha256) {}
