package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The total row's rules, one indicator and period at a time, over rows as the query hands them over. */
class CustomTotalTest {

    private static final IndicatorInfo COUNT = indicator("applications", "count", null);
    private static final IndicatorInfo SHARE = indicator("overcrowded", "percentage", 100.0);
    private static final IndicatorInfo DECILE = indicator("imd-decile", "decile", null);

    @Test
    void countsAreSummedAndAPerturbedPartMakesThePerturbedFlag() throws Exception {
        CustomTotal total = new CustomTotal(3);
        total.add(row(COUNT, 12, "perturbed"));
        total.add(row(COUNT, 7, "apportioned"));
        total.add(row(COUNT, 5, null));

        assertThat(totals(total)).containsExactly("applications 24.0 perturbed custom-total");
    }

    @Test
    void aSumOverAWithheldValueOrMissingAnAreaIsNotPublished() throws Exception {
        CustomTotal withheld = new CustomTotal(2);
        withheld.add(row(COUNT, 12, null));
        withheld.add(withheld(COUNT));
        CustomTotal missing = new CustomTotal(3);
        missing.add(row(COUNT, 12, null));
        missing.add(row(COUNT, 3, null));

        assertThat(totals(withheld)).containsExactly("applications null suppressed custom-total");
        assertThat(totals(missing)).containsExactly("applications null incomplete custom-total");
    }

    @Test
    void ratesAreRecomputedFromTheirPartsOrLeftEmpty() throws Exception {
        CustomTotal withParts = new CustomTotal(2);
        withParts.add(share(10, 20, "estimated"));
        withParts.add(share(30, 180, null));
        CustomTotal withoutParts = new CustomTotal(2);
        withoutParts.add(share(10, 20, null));
        withoutParts.add(row(SHARE, 16.7, null));

        assertThat(totals(withParts)).containsExactly("overcrowded 20.0 estimated custom-total"); // 40 of 200
        assertThat(totals(withoutParts)).containsExactly("overcrowded null not-additive custom-total");
    }

    @Test
    void scoresRanksAndDecilesAreNeverAddedUp() throws Exception {
        CustomTotal total = new CustomTotal(2);
        total.add(row(DECILE, 2, null));
        total.add(row(DECILE, 6, null));

        assertThat(totals(total)).containsExactly("imd-decile null not-additive custom-total");
    }

    private static List<String> totals(CustomTotal total) throws Exception {
        List<String> rows = new ArrayList<>();
        total.writeTo(new RowSink() {
            @Override
            public void write(ExtractRow row) {
                assertThat(row.area.code()).isEqualTo("custom");
                rows.add(row.indicator.id() + " " + (row.hasValue ? row.value : null) + " " + row.flag + " "
                        + row.method);
            }

            @Override
            public void finish() {}

            @Override
            public long rows() {
                return rows.size();
            }

            @Override
            public void close() {}
        });
        return rows;
    }

    private static ExtractRow row(IndicatorInfo indicator, double value, String flag) {
        ExtractRow row = new ExtractRow();
        row.indicator = indicator;
        row.period = "2024-01";
        row.periodOrder = 1;
        row.hasValue = true;
        row.value = value;
        row.flag = flag;
        return row;
    }

    private static ExtractRow withheld(IndicatorInfo indicator) {
        ExtractRow row = row(indicator, 0, "suppressed");
        row.hasValue = false;
        return row;
    }

    private static ExtractRow share(double numerator, double denominator, String flag) {
        ExtractRow row = row(SHARE, numerator / denominator * 100, flag);
        row.hasParts = true;
        row.numerator = numerator;
        row.denominator = denominator;
        return row;
    }

    private static IndicatorInfo indicator(String id, String measureType, Double scale) {
        return new IndicatorInfo(id, id, "housing", "d", "u", measureType, scale, "p", "OGL", "url", "next");
    }
}
