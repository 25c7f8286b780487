package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.corpus.BadInputCorpus;
import london.observatory.corpus.CorpusInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through the nightly job (issue 14): five feeds publish from their samples, then each
 * is pointed at a hostile input of its own format, made again from its corpus name (a CSV with a quote never
 * closed, an ODS whose content.xml expands entities a billion-fold, an XLSX with a row numbered in the billions,
 * a ZIP bomb, a CSV of its header alone). The run fails the five feeds in one line each, prints no stack trace,
 * keeps every published row of all five, and still publishes.
 */
class BadInputNightlyIntegrationTests {

    /** Each feed and the corpus input it is pointed at on the second night. */
    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("fingertips-self-harm-admissions", "fingertips-csv/21001-counties-uas.csv/quote-unclosed/20261207");
        HOSTILE.put("mhclg-hclic-initial-assessments", "hclic-ods/Detailed_LA_202403.ods/content-billion-laughs/0");
        HOSTILE.put(
                "insolvency-service-by-location",
                "insolvency-xlsx/Individual_insolvencies_by_location_age_and_gender_2023.xlsx/row-number-huge/20261207");
        HOSTILE.put("nomis-census-ts001", "nomis-zip/census2021-ts001.zip/zip-bomb/0");
        // a file that reads cleanly but holds no rows
        HOSTILE.put("nomis-census-ts066", "nomis-bulk-csv/census2021-ts066-lsoa.csv/header-only/0");
    }

    private static final String FEEDS = String.join(",", HOSTILE.keySet());
    private static final String ROWS_BY_FEED =
            "SELECT feed, indicator_id, area_code, period, value, run_id FROM observations ORDER BY ALL";

    @TempDir
    Path dataDir;

    @TempDir
    Path corpus;

    @Test
    void hostileInputsFailTheirFeedsInOneLineEachWithoutAStackTraceAndKeepEveryPublishedRow() throws Exception {
        ObservatoryRun.Outcome good = ObservatoryRun.defaultRun(dataDir, FEEDS);
        assertThat(good.exitCode()).as(good.output()).isZero();
        List<String> published = ObservatoryRun.query(dataDir, ROWS_BY_FEED);
        assertThat(ObservatoryRun.query(dataDir, "SELECT DISTINCT feed FROM observations ORDER BY feed"))
                .containsExactlyInAnyOrderElementsOf(HOSTILE.keySet());

        List<String> overrides = new ArrayList<>();
        for (Map.Entry<String, String> feed : HOSTILE.entrySet()) {
            CorpusInput input = BadInputCorpus.byName(feed.getValue());
            Path file = Files.write(
                    Files.createDirectories(corpus.resolve(feed.getKey())).resolve(input.fileName()), input.bytes());
            overrides.add("--observatory.feeds." + feed.getKey() + ".url=" + file.toUri());
        }
        ObservatoryRun.Outcome hostile = ObservatoryRun.defaultRun(dataDir, FEEDS, overrides.toArray(String[]::new));

        assertThat(hostile.exitCode()).as(hostile.output()).isEqualTo(1);
        List<String> failed = hostile.output()
                .lines()
                .filter(line -> line.startsWith("FAILED "))
                .toList();
        assertThat(failed).hasSize(HOSTILE.size());
        assertThat(failed)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("FAILED fingertips-self-harm-admissions: file page-00000.csv line ")
                        .contains("not valid CSV"))
                .anySatisfy(line -> assertThat(line).startsWith("FAILED mhclg-hclic-initial-assessments: "))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("FAILED insolvency-service-by-location: ")
                        .contains("(read limit maxSheetRows)"))
                .anySatisfy(line -> assertThat(line).startsWith("FAILED nomis-census-ts001: "))
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("FAILED nomis-census-ts066: read no rows: the source's new data hold a header at"
                                + " most (an empty export?), nothing to publish"));
        assertThat(failed).allSatisfy(line -> assertThat(line).hasSizeLessThan(1_000));
        assertThat(hostile.output()).doesNotContain("\tat ", "Exception in thread", "Caused by:");
        assertThat(ObservatoryRun.query(dataDir, ROWS_BY_FEED)).isEqualTo(published);
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT feed, outcome FROM runs WHERE run_id = (SELECT max(run_id) FROM runs) ORDER BY feed"))
                .contains(
                        "fingertips-self-harm-admissions|failed",
                        "insolvency-service-by-location|failed",
                        "mhclg-hclic-initial-assessments|failed",
                        "nomis-census-ts001|failed",
                        "nomis-census-ts066|failed");
    }
}
