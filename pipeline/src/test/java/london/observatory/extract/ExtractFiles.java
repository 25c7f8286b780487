package london.observatory.extract;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading back what the tests wrote: CSV rows by column name, the files in a folder. */
final class ExtractFiles {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExtractFiles() {}

    /** The CSV's rows as column → text maps, after checking its byte order mark. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || bytes[0] != BOM[0] || bytes[1] != BOM[1] || bytes[2] != BOM[2]) {
            throw new AssertionError(file + " does not start with a UTF-8 byte order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        for (CSVRecord record : format.parse(new StringReader(text))) {
            rows.add(record.toMap());
        }
        return rows;
    }

    /** One column of a CSV's rows, in order. */
    static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    /** Every file name in a folder, sorted: to prove a failed extract left nothing behind. */
    static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
