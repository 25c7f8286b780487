package london.observatory.feeds.fingertips;

import static london.observatory.feeds.fingertips.FingertipsCsvTest.fixture;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.ENGLAND;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.INEQUALITY_BREAKDOWN;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.OTHER_AREA_TYPE;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.OTHER_INDICATOR;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.OTHER_SEX_OR_AGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.ingest.Quarantine;
import london.observatory.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headline series of the 848 (GP practice) and 21001 (MSOA / borough) fixtures, with every other row accounted for. */
class FingertipsSeriesTest {

    private static final String SUPPRESSED = "Value suppressed for disclosure control due to small count";

    @TempDir
    Path dataDir;

    private final List<String> bad = new ArrayList<>();

    @Test
    void gpPracticeRowsAreTheHeadlineAndEverythingElseIsCounted() throws Exception {
        Read read = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs"));

        assertThat(read.rows).extracting(FingertipsRow::areaCode)
                .containsExactly("F84001", "F84002", "F84003", "F84004", "F84001");
        assertThat(read.series.rowsRead()).isEqualTo(9);
        assertThat(read.series.headlineRows()).isEqualTo(5);
        assertThat(read.series.setAside()).isEqualTo(Map.of(ENGLAND, 1L, OTHER_AREA_TYPE, 2L, INEQUALITY_BREAKDOWN, 1L));
        assertThat(read.series.badRows()).isZero();
        assertThat(bad).isEmpty();
    }

    @Test
    void quotedFieldWithALineBreakIsOneRowAndLaterLinesStayRight() throws Exception {
        Read read = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs"));

        assertThat(read.rows).extracting(FingertipsRow::line).containsExactly(5L, 7L, 8L, 9L, 11L);
        FingertipsRow first = read.rows.get(0);
        assertThat(first.areaName()).isEqualTo("THE SAMPLE PRACTICE");
        assertThat(first.value()).isEqualTo(8.1);
        assertThat(first.count()).isEqualTo(1218.0);
        assertThat(first.file()).isEqualTo("848-gp-practice.csv");
    }

    @Test
    void quotedThousandsInCountAndDenominatorAreNumbers() throws Exception {
        FingertipsRow f84003 = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs")).rows.get(2);

        assertThat(f84003.areaCode()).isEqualTo("F84003");
        assertThat(f84003.count()).isEqualTo(29199.0);
        assertThat(f84003.denominator()).isEqualTo(301233.0);
        assertThat(f84003.lowerCi95()).isEqualTo(9.6);
        assertThat(f84003.upperCi95()).isEqualTo(9.8);
        assertThat(f84003.suppressed()).isFalse();
        assertThat(f84003.marker()).isNull();
    }

    @Test
    void suppressedValueIsNullWithTheNoteAsMarkerNeverZero() throws Exception {
        FingertipsRow f84004 = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs")).rows.get(3);

        assertThat(f84004.areaCode()).isEqualTo("F84004");
        assertThat(f84004.value()).isNull();
        assertThat(f84004.count()).isNull();
        assertThat(f84004.denominator()).isNull();
        assertThat(f84004.lowerCi95()).isNull();
        assertThat(f84004.suppressed()).isTrue();
        assertThat(f84004.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
        assertThat(f84004.marker()).isEqualTo(SUPPRESSED);
        assertThat(f84004.valueNote()).isEqualTo(SUPPRESSED);
    }

    @Test
    void lastRowWithoutAFinalNewlineIsRead() throws Exception {
        assertThat(Files.readString(fixture("848-gp-practice.csv"))).doesNotEndWith("\n");

        FingertipsRow last = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs")).rows.get(4);

        assertThat(last.line()).isEqualTo(11);
        assertThat(last.period()).isEqualTo(new FingertipsPeriod("2021/22", LocalDate.of(2021, 4, 1), "financial-year"));
        assertThat(last.denominator()).isEqualTo(14881.0);
    }

    @Test
    void msoaRowsGiveEachPeriodFormatAndAnUnknownOneIsABadRow() throws Exception {
        Read read = read("21001-msoa-borough.csv", FingertipsSelection.of("21001", "MSOA"));

        assertThat(read.rows).extracting(FingertipsRow::areaCode).containsExactly("E02990013", "E02990014", "E02990001", "E02990015");
        assertThat(read.rows).extracting(row -> row.period().type())
                .containsExactly("3-year", "3-year", "year", "5-financial-year");
        assertThat(read.rows).extracting(row -> row.period().start()).containsExactly(
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2016, 4, 1));
        assertThat(read.rows.get(0).parentCode()).isEqualTo("E09000007");
        assertThat(read.rows.get(1).value()).isNull();
        assertThat(read.rows.get(1).suppressed()).isTrue();
        assertThat(read.series.setAside()).isEqualTo(Map.of(ENGLAND, 1L, OTHER_AREA_TYPE, 3L, INEQUALITY_BREAKDOWN, 1L));
        assertThat(read.series.badRows()).isEqualTo(1);
        assertThat(read.series.rowsRead()).isEqualTo(10);
        assertThat(bad).containsExactly("21001-msoa-borough.csv:10 Time period '2022 Q1' is not a year (2022), "
                + "a financial year (2022/23) or pooled years (2020 - 22, 2016/17 - 20/21)");
    }

    @Test
    void boroughRowsMatchTheAreaTypeWhateverItsVintage() throws Exception {
        Read read = read("21001-msoa-borough.csv", FingertipsSelection.of("21001", "Counties & UAs"));

        assertThat(read.rows).extracting(FingertipsRow::areaCode).containsExactly("E09000007", "E09000001");
        assertThat(read.rows.get(0).areaType()).isEqualTo("Counties & UAs (from Apr 2023)");
        assertThat(read.rows.get(0).period().type()).isEqualTo("financial-year");
        assertThat(read.rows.get(0).count()).isEqualTo(401.0);
        assertThat(read.rows.get(1).value()).isNull();
        assertThat(read.rows.get(1).flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
        // the MSOA row with the unknown period is not selected, so it is set aside, not bad
        assertThat(read.series.setAside()).isEqualTo(Map.of(ENGLAND, 1L, OTHER_AREA_TYPE, 6L, INEQUALITY_BREAKDOWN, 1L));
        assertThat(read.series.badRows()).isZero();
    }

    @Test
    void rowsOfAnotherIndicatorOrSexAreSetAside() throws Exception {
        Path file = Files.writeString(dataDir.resolve("two-indicators.csv"), Files.readString(fixture("21001-msoa-borough.csv"))
                + "\n848,Depression,E09000007,Camden,E02990013,Camden 001,MSOA,Persons,18+ yrs,,,2022/23,8.0,,,,,,,,,,,,,,"
                + "\n21001,Self-harm,E09000007,Camden,E02990013,Camden 001,MSOA,Female,All ages,,,2020 - 22,90.2,,,,,,,,,,,,,,\n");

        FingertipsSelection persons = FingertipsSelection.of("21001", "MSOA").withSex("Persons");
        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-21001", file)) {
            FingertipsSeries series = new FingertipsSeries(csv, persons, this::collect);
            while (series.next() != null) {
                // drain
            }
            assertThat(series.headlineRows()).isEqualTo(4);
            assertThat(series.setAside(OTHER_INDICATOR)).isEqualTo(1);
            assertThat(series.setAside(OTHER_SEX_OR_AGE)).isEqualTo(1);
            assertThat(series.rowsRead()).isEqualTo(12);
        }
    }

    @Test
    void badNumbersAndShortRowsGoToQuarantineWithTheirLines() throws Exception {
        Path file = Files.writeString(dataDir.resolve("bad.csv"), Files.readString(fixture("848-gp-practice-older-export.csv"))
                + "\n848,Depression,E54000028,NCL,F84009,A PRACTICE,GPs,Persons,18+ yrs,,,2022/23,n/a,,,,,,,,,,,,,"
                + "\n848,Depression,E54000028,NCL,F84010,SHORT ROW,GPs\n");

        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-848", file);
             Quarantine quarantine = new Quarantine(dataDir, "fingertips-848", "run-1")) {
            FingertipsSeries series = new FingertipsSeries(csv, FingertipsSelection.of("848", "GPs"), quarantine::add);
            List<FingertipsRow> rows = drain(series);

            assertThat(rows).extracting(FingertipsRow::areaCode).containsExactly("F84002");
            assertThat(series.badRows()).isEqualTo(2);
            assertThat(quarantine.count()).isEqualTo(2);
            quarantine.close();
            assertThat(Files.readAllLines(quarantine.path())).containsExactly(
                    "file,line,reason,raw",
                    "bad.csv,5,Value is not a number: 'n/a',\"848,Depression,E54000028,NCL,F84009,A PRACTICE,GPs,Persons,18+ yrs,,,2022/23,n/a,,,,,,,,,,,,,\"",
                    "bad.csv,6,\"expected 26 fields, found 7\",\"848,Depression,E54000028,NCL,F84010,SHORT ROW,GPs\"");
        }
    }

    // --- helpers -------------------------------------------------------------------------

    private record Read(List<FingertipsRow> rows, FingertipsSeries series) {}

    private Read read(String name, FingertipsSelection selection) throws Exception {
        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-test", fixture(name))) {
            FingertipsSeries series = new FingertipsSeries(csv, selection, this::collect);
            return new Read(drain(series), series);
        }
    }

    private static List<FingertipsRow> drain(FingertipsSeries series) throws Exception {
        List<FingertipsRow> rows = new ArrayList<>();
        for (FingertipsRow row = series.next(); row != null; row = series.next()) {
            rows.add(row);
        }
        return rows;
    }

    private void collect(String file, long line, String reason, String raw) {
        bad.add(file + ":" + line + " " + reason);
    }
}
