package london.observatory.parquet;

import java.util.List;

/** The partitions (e.g. {@code period=2024-06}) a commit replaced or created for one feed. */
public record CommitResult(String feed, String runId, List<String> partitions) {

    public CommitResult {
        partitions = List.copyOf(partitions);
    }
}
