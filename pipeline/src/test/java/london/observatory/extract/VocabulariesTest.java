package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabulariesTest {

    @TempDir
    Path dir;

    @Test
    void theWordsAreObservationsOwnAndTheRollupViewsLiterals() throws Exception {
        Path database = FixtureDatabase.create(dir);
        try (ExtractDatabase db = ExtractDatabase.open(database)) {
            Vocabularies words = Vocabularies.read(db);

            assertThat(words.periodTypes().words()).containsExactly("census", "month", "quarter", "year");
            assertThat(words.flags().words())
                    .contains("apportioned", "estimated", "suppressed", "not-additive", "incomplete");
            assertThat(words.methods().words()).contains("direct", "lsoa11-split", "rollup", "rollup-best-fit");
        }
    }

    @Test
    void aRollupWordTheViewComputesStopsTheExtractRatherThanLoseIt() throws Exception {
        Path database = FixtureDatabase.create(dir);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            FixtureDatabase.execute(
                    db,
                    "CREATE OR REPLACE VIEW observation_rollups AS SELECT indicator_id, 'E09000002' AS area_code,"
                            + " 'lad' AS area_level, period_start, period_type, sum(value) AS value, NULL AS numerator,"
                            + " NULL AS denominator, upper(any_value(flag)) AS flag, 'rollup' AS method"
                            + " FROM observations WHERE area_level = 'lsoa21' GROUP BY ALL");
        }
        Path out = Files.createDirectory(dir.resolve("out"));
        Extractor extractor = new Extractor(new ExtractSource(database, "r"));

        assertThatThrownBy(() -> extractor.write(
                        ExtractRequest.builder().area(FixtureDatabase.BARKING).build(), out.resolve("x.csv")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a word outside the extract's vocabulary");
        assertThat(ExtractFiles.names(out)).isEmpty();
    }
}
