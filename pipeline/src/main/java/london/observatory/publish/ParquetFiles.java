package london.observatory.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Parquet files a database was built from: each visible {@code .parquet} file under
 * {@code <dataDir>/parquet/}, by its path there, with its size, modification time and file key (the inode on
 * Linux). The pipeline replaces a partition by renaming new files into place, so a replaced file always
 * differs in key and usually in time and size; comparing two listings ({@link #changesSince}) says which
 * observation partitions and which small tables a publish must load again, without reading any file.
 */
public record ParquetFiles(SortedMap<String, Stamp> files) {

    /** What identifies one version of a file; {@code key} is null where the file system has none. */
    public record Stamp(long size, long modifiedMillis, String key) {}

    public ParquetFiles {
        files = new TreeMap<>(files);
    }

    /** The files under {@code <dataDir>/parquet/} now (none when there is no such folder). */
    public static ParquetFiles scan(Path dataDir) {
        Path root = ParquetSources.root(dataDir);
        SortedMap<String, Stamp> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return new ParquetFiles(files);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String name = path.getFileName().toString();
                if (!name.endsWith(".parquet") || name.startsWith(".")) {
                    continue; // temp files of a write in progress start with a dot
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(
                            root.relativize(path).toString().replace('\\', '/'),
                            new Stamp(
                                    attributes.size(),
                                    attributes.lastModifiedTime().toMillis(),
                                    Objects.toString(attributes.fileKey(), null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return new ParquetFiles(files);
    }

    /** What differs from {@code previous}: files added, removed or replaced, by partition and table. */
    public ParquetChanges changesSince(ParquetFiles previous) {
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(previous.files().keySet());
        TreeSet<ParquetChanges.Partition> partitions = new TreeSet<>();
        TreeSet<String> tables = new TreeSet<>();
        Map<String, List<String>> added = new TreeMap<>();
        Set<String> notOnlyAdded = new TreeSet<>();
        for (String path : paths) {
            if (Objects.equals(files.get(path), previous.files().get(path))) {
                continue;
            }
            List<String> parts = List.of(path.split("/"));
            ParquetChanges.Partition.of(parts).ifPresentOrElse(partitions::add, () -> tables.add(parts.get(0)));
            if (ParquetChanges.PER_RUN.contains(parts.get(0))
                    && parts.size() == 2
                    && !previous.files.containsKey(path)) {
                added.computeIfAbsent(parts.get(0), table -> new ArrayList<>()).add(path);
            } else {
                notOnlyAdded.add(parts.get(0));
            }
        }
        notOnlyAdded.forEach(added::remove);
        return new ParquetChanges(partitions, tables, this, new TreeMap<>(added));
    }

    /**
     * The files of a per-run table ({@link ParquetChanges#PER_RUN}) that may hold rows of {@code feeds}: those
     * named {@code <run id>__<feed>.parquet} for one of them, and any named otherwise (read rather than missed).
     */
    List<String> perRunFilesOf(String table, Set<String> feeds) {
        String prefix = table + "/";
        return files.keySet().stream()
                .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0)
                .filter(path -> {
                    String name = path.substring(prefix.length(), path.length() - ".parquet".length());
                    int separator = name.lastIndexOf("__");
                    return separator < 0 || feeds.contains(name.substring(separator + 2));
                })
                .toList();
    }

    /** The observation partitions that have files. */
    public SortedSet<ParquetChanges.Partition> partitions() {
        SortedSet<ParquetChanges.Partition> partitions = new TreeSet<>();
        files.keySet()
                .forEach(path ->
                        ParquetChanges.Partition.of(List.of(path.split("/"))).ifPresent(partitions::add));
        return partitions;
    }

    /** The files now in these observation partitions, by their path under {@code parquet/}. */
    List<String> filesOf(Collection<ParquetChanges.Partition> partitions) {
        return partitions.stream().flatMap(p -> filesOf(p).stream()).toList();
    }

    /** The files now in one observation partition, by their path under {@code parquet/}. */
    List<String> filesOf(ParquetChanges.Partition partition) {
        String prefix = partition.folder() + "/";
        return files.keySet().stream()
                .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0)
                .toList();
    }
}
