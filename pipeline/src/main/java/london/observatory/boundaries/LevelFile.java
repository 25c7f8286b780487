package london.observatory.boundaries;

/** What a release holds for one level: its areas' features, the file's size (gzipped) and the tolerance used. */
public record LevelFile(int features, long bytes, double tolerance) {}
