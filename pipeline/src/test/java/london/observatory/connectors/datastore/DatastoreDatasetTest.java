package london.observatory.connectors.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The London Datastore {@code /api/dataset/{id}} shape: {@code resources} is an object keyed by resource id. */
class DatastoreDatasetTest {

    static final String DATASET = "personal-insolvency-statistics-borough";
    static final String CSV_2022 = "7c1e0a52-3d8f-4b61-9a0e-5f2d8c4b1a01";
    static final String XLSX = "e2d8c6a4-1b3f-4a5e-8d7c-9f0b2e4c6a03";
    static final String CSV_2023 = "a94f3b0e-6c2d-4e8a-b7f1-2d9c0e4a6b02";

    @Test
    void resourcesAreReadFromTheObjectKeyedByIdInTheirOrder() throws Exception {
        DatastoreDataset dataset = DatastoreDataset.parse(fixture("api/dataset/" + DATASET + ".json"));

        assertThat(dataset.id()).isEqualTo(DATASET);
        assertThat(dataset.title()).isEqualTo("Personal Insolvency Statistics, Borough");
        assertThat(dataset.updatedAt()).isEqualTo("2024-11-12T09:42:10.118Z");
        assertThat(dataset.licence()).isEqualTo("UK Open Government Licence (OGL v3)");
        assertThat(dataset.licenceUrl())
                .isEqualTo("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(dataset.resources()).extracting(DatastoreResource::id).containsExactly(CSV_2022, XLSX, CSV_2023);
        assertThat(dataset.resources()).extracting(DatastoreResource::format).containsExactly("csv", "xlsx", "csv");
    }

    @Test
    void resourceFieldsAreKeptAsWritten() throws Exception {
        DatastoreResource csv2023 = DatastoreDataset.parse(fixture("api/dataset/" + DATASET + ".json"))
                .resource(CSV_2023);

        assertThat(csv2023.title()).isEqualTo("Personal insolvency by borough 2023");
        assertThat(csv2023.url())
                .isEqualTo("https://data.london.gov.uk/download/" + DATASET + "/" + CSV_2023
                        + "/personal-insolvency-borough-2023.csv");
        assertThat(csv2023.filename()).isEqualTo("personal-insolvency-borough-2023.csv");
        assertThat(csv2023.order()).isEqualTo(3);
        assertThat(csv2023.checkHash()).isEqualTo("c81e728d9d4c2f636f067f89cc14862c");
        assertThat(csv2023.checkTimestamp()).isEqualTo("2024-11-12T09:41:37");
        assertThat(csv2023.checkedAt()).isEqualTo(Instant.parse("2024-11-12T09:41:37Z"));
        assertThat(csv2023.checkSize()).isEqualTo(2035L);
        assertThat(csv2023.temporalCoverageFrom()).isEqualTo("2023-01-01");
        assertThat(csv2023.coverageTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void missingAndNullFieldsAreNull() {
        DatastoreDataset dataset = parse(
                "{\"id\":\"d\",\"resources\":{\"r1\":{\"title\":\"T\",\"url\":\"u.csv\","
                        + "\"format\":\"csv\",\"check_hash\":null,\"order\":\"4\",\"check_timestamp\":\"2024-05-01T09:00:00.000Z\"}}}");

        DatastoreResource r1 = dataset.resources().get(0);
        assertThat(r1.checkHash()).isNull();
        assertThat(r1.checkSize()).isNull();
        assertThat(r1.coverageTo()).isNull();
        assertThat(r1.order()).isEqualTo(4);
        assertThat(r1.checkedAt()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
        assertThat(dataset.updatedAt()).isNull();
        assertThat(dataset.licence()).isNull();
    }

    @Test
    void truncatedJsonFailsSayingSo() {
        assertThatThrownBy(() -> parse("{\"id\":\"d\",\"resources\":{\"r1\":{\"title\":\"Bus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("is not valid JSON (truncated?): Unexpected end-of-input");
    }

    @Test
    void resourcesAsAnArrayIsTheExportShapeNotADataset() {
        assertThatThrownBy(() -> parse("{\"id\":\"d\",\"resources\":[{\"id\":\"r1\"}]}"))
                .hasMessage("is not a dataset: 'resources' is not an object keyed by resource id");
    }

    @Test
    void emptyDocumentIsNotADataset() {
        assertThatThrownBy(() -> parse("")).hasMessage("is not a dataset: expected a JSON object");
    }

    private static DatastoreDataset parse(String json) {
        return DatastoreDataset.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static Path fixture(String name) throws Exception {
        return Path.of(DatastoreDatasetTest.class
                .getResource("/fixtures/datastore/" + name)
                .toURI());
    }
}
