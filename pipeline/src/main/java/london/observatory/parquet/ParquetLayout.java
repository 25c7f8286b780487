package london.observatory.parquet;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where each table lives under the data directory:
 * <pre>
 * parquet/observations/feed=&lt;feed&gt;/period=&lt;p&gt;/part-*.parquet   live, hive-partitioned
 * parquet/areas/areas.parquet, parquet/ward_best_fit/…, parquet/indicators/indicators.parquet
 * parquet/runs/&lt;runId&gt;__&lt;feed&gt;.parquet, parquet/reconciliation/&lt;runId&gt;__&lt;feed&gt;.parquet
 * staging/&lt;feed&gt;/&lt;runId&gt;/period=&lt;p&gt;/...                        a run's output before commit
 * </pre>
 * Feed and run names become folder names, so each is checked to be a plain name.
 */
public final class ParquetLayout {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_+:-][A-Za-z0-9._+:-]*");

    private final Path dataDir;

    public ParquetLayout(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path parquetDir() {
        return dataDir.resolve("parquet");
    }

    public Path observationsDir() {
        return parquetDir().resolve("observations");
    }

    public Path feedDir(String feed) {
        return observationsDir().resolve("feed=" + checkName("feed", feed));
    }

    public Path areasFile() {
        return parquetDir().resolve("areas").resolve("areas.parquet");
    }

    public Path wardBestFitFile() {
        return parquetDir().resolve("ward_best_fit").resolve("ward_best_fit.parquet");
    }

    public Path indicatorsFile() {
        return parquetDir().resolve("indicators").resolve("indicators.parquet");
    }

    public Path runFile(String runId, String feed) {
        return perRunFile("runs", runId, feed);
    }

    public Path reconciliationFile(String runId, String feed) {
        return perRunFile("reconciliation", runId, feed);
    }

    Path stagingRoot() {
        return dataDir.resolve("staging");
    }

    Path stagingDir(String feed, String runId) {
        return stagingRoot().resolve(checkName("feed", feed)).resolve(checkName("runId", runId));
    }

    /** One file per run and feed, so a run adds its rows without rewriting history. */
    private Path perRunFile(String table, String runId, String feed) {
        return parquetDir()
                .resolve(table)
                .resolve(checkName("runId", runId) + "__" + checkName("feed", feed) + ".parquet");
    }

    /** Names become directory names: refuse separators, "..", and leading dots (hidden files). */
    static String checkName(String what, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("unsafe " + what + " for a path: " + name);
        }
        return name;
    }
}
