package london.observatory.leftovers;

import java.nio.file.Path;

/** One thing a dead run (or a stranger's read-write open) left in the data directory, and what it was. */
public record Leftover(Path path, String what) {}
