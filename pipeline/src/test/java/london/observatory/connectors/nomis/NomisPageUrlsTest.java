package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import london.observatory.descriptor.FeedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomisPageUrlsTest {

    @TempDir
    Path dir;

    @Test
    void apiPageCarriesTheEncodedQueryInDescriptorOrderThenTheOffset() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("geography", "2013265927TYPE151");
        query.put("date", "latestMINUS2-latest");
        query.put("select", "date,obs_value,record_count");
        NomisPageUrls urls =
                NomisPageUrls.of(source("https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv", query));

        assertThat(urls.pageAt(25000))
                .contains(
                        "https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv"
                                + "?geography=2013265927TYPE151&date=latestMINUS2-latest&select=date%2Cobs_value%2Crecord_count&recordoffset=25000");
    }

    @Test
    void recordedDirectoryPageIsTheFileNamedByItsOffset() {
        NomisPageUrls urls = NomisPageUrls.of(source(dir.toUri().toString(), Map.of("date", "latest")));

        assertThat(urls.pageAt(25000))
                .contains(dir.resolve("offset-25000.csv").toUri().toString());
    }

    @Test
    void singleRecordedFileHasOnlyTheFirstPage() {
        NomisPageUrls urls = NomisPageUrls.of(source("file:" + dir.resolve("response.csv"), Map.of()));

        assertThat(urls.pageAt(0)).contains("file:" + dir.resolve("response.csv"));
        assertThat(urls.pageAt(3)).isEmpty();
    }

    private static FeedSource source(String url, Map<String, String> query) {
        return new FeedSource("nomis", "ONS", url, url, query, 25000, null, null, null, null, null, null, null);
    }
}
