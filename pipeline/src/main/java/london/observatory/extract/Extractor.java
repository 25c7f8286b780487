package london.observatory.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;

/**
 * The extracts engine: any area or list of areas × themes or indicators × periods, from one published database,
 * to CSV, Parquet or XLSX with a Data Package sidecar. One instance per database; each call opens the file
 * read-only for its own duration, so calls may run concurrently. What every request reads alike (the catalogue,
 * the vocabularies, the runs behind each indicator) is read by the first call and kept while the file is unchanged,
 * so a server keeps one instance per published database.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(new ExtractSource(releaseDir.resolve("observatory-open.duckdb"), "2026-12-07"));
 * ExtractRequest request = ExtractRequest.builder().area("E09000007").theme("housing").from("2024-01")
 *         .format(ExtractFormat.CSV).build();
 * ExtractResult result = extractor.write(request, Path.of("camden-housing.csv"));
 * }</pre>
 *
 * A request that cannot be met throws {@link ExtractRequestException} (one line, for the person who asked) before
 * anything is written; a failure of the database or the disk throws {@link IOException}. Either way nothing is left
 * under the names asked for.
 */
public final class Extractor {

    private final ExtractSource source;
    private final ExtractLimits limits;
    private volatile KnownFacts known;

    /** The facts read from the file as it was: its size and modification time when read. */
    private record KnownFacts(long size, FileTime modified, DatabaseFacts facts) {}

    public Extractor(ExtractSource source) {
        this(source, ExtractLimits.DEFAULT);
    }

    public Extractor(ExtractSource source, ExtractLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Checks a request against the database without writing anything (an HTTP API's answer before any work). */
    public void validate(ExtractRequest request) throws IOException {
        try (ExtractDatabase database = ExtractDatabase.open(source.database())) {
            check(request, database, facts(database));
        }
    }

    /**
     * Writes the extract to {@code out} and its Data Package to {@code <name>.datapackage.json} beside it, replacing
     * either if present. The same request on the same database file gives byte-identical files.
     */
    public ExtractResult write(ExtractRequest request, Path out) throws IOException {
        return write(request, out, ExtractProgress.NONE);
    }

    /** As {@link #write(ExtractRequest, Path)}, telling {@code progress} how many rows are written as it goes. */
    public ExtractResult write(ExtractRequest request, Path out, ExtractProgress progress) throws IOException {
        checkOutput(out);
        try (ExtractDatabase database = ExtractDatabase.open(source.database());
                StagedFiles files = new StagedFiles(out)) {
            DatabaseFacts facts = facts(database);
            ValidRequest valid = check(request, database, facts);
            ExtractResult result = write(valid, database, facts, files, progress);
            files.commit();
            return result;
        }
    }

    private DatabaseFacts facts(ExtractDatabase database) throws IOException {
        BasicFileAttributes file = Files.readAttributes(source.database(), BasicFileAttributes.class);
        KnownFacts last = known;
        if (last != null && last.size() == file.size() && last.modified().equals(file.lastModifiedTime())) {
            return last.facts();
        }
        try {
            DatabaseFacts facts = DatabaseFacts.read(database);
            known = new KnownFacts(file.size(), file.lastModifiedTime(), facts);
            return facts;
        } catch (SQLException e) {
            throw database.failure("reading the catalogue", e);
        }
    }

    private ValidRequest check(ExtractRequest request, ExtractDatabase database, DatabaseFacts facts)
            throws IOException {
        try {
            return new RequestValidator(limits).validate(request, database, facts.catalogue());
        } catch (SQLException e) {
            throw database.failure("checking the request", e);
        }
    }

    private ExtractResult write(
            ValidRequest request,
            ExtractDatabase database,
            DatabaseFacts facts,
            StagedFiles files,
            ExtractProgress progress)
            throws IOException {
        ExtractMetadata metadata;
        ExtractStream.Written written;
        try {
            RequestTables.create(database, request);
            metadata = MetadataReader.read(facts, request, source);
            written = ExtractStream.write(database, facts.vocabularies(), metadata, files.stagedTarget(), progress);
        } catch (SQLException e) {
            throw database.failure("reading the extract", e);
        }
        long bytes = Files.size(files.stagedTarget());
        String name = files.target().getFileName().toString();
        DataPackage.write(files.stagedDataPackage(), metadata, name, written.rows(), bytes, written.sha256());
        return new ExtractResult(files.target(), files.dataPackage(), written.rows(), bytes, written.sha256());
    }

    private static void checkOutput(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExtractRequestException("cannot write " + out + ": its folder does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new ExtractRequestException("cannot write " + out + ": it is a folder; name a file");
        }
    }
}
