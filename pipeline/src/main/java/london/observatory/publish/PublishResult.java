package london.observatory.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The database now live and the row count of each table in it. */
public record PublishResult(Path database, Map<String, Long> rowCounts, Duration elapsed) {

    public PublishResult {
        rowCounts = Map.copyOf(rowCounts);
    }
}
