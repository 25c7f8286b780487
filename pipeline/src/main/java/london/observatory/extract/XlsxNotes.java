package london.observatory.extract;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The notes sheet: a title, a sentence, and one marked-up table of numbered notes: the shorthand, the flags, the
 * methods, how periods are written, then one note per indicator (its description, unit, publisher and when it is
 * next released).
 */
final class XlsxNotes {

    private static final int HEADER_ROW = 2;
    private static final int WIDTH = 140;

    private XlsxNotes() {}

    static void write(Worksheet sheet, ExtractMetadata metadata) {
        sheet.value(0, 0, "Notes");
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, "This worksheet contains one table of notes.");
        sheet.value(HEADER_ROW, 0, "Note number");
        sheet.value(HEADER_ROW, 1, "Note text");
        sheet.style(HEADER_ROW, 0).bold().set();
        sheet.style(HEADER_ROW, 1).bold().set();
        sheet.width(0, 14);
        sheet.width(1, WIDTH);
        List<String> notes = notes(metadata);
        for (int i = 0; i < notes.size(); i++) {
            sheet.value(HEADER_ROW + 1 + i, 0, "Note " + (i + 1));
            sheet.value(HEADER_ROW + 1 + i, 1, notes.get(i));
            sheet.style(HEADER_ROW + 1 + i, 1).wrapText(true).set();
            sheet.rowHeight(HEADER_ROW + 1 + i, XlsxSink.wrappedHeight(notes.get(i), WIDTH));
        }
        sheet.range(HEADER_ROW, 0, HEADER_ROW + notes.size(), 1)
                .createTable("Note number", "Note text")
                .setName("notes")
                .setDisplayName("notes");
        XlsxSink.printFitToWidth(sheet);
    }

    private static List<String> notes(ExtractMetadata metadata) {
        List<String> notes = new ArrayList<>(List.of(
                Shorthand.CONFIDENTIAL + " confidential: the value is withheld, by the source or by disclosure"
                        + " control (flag suppressed). A total over a withheld value is withheld too.",
                Shorthand.NOT_AVAILABLE + " not available: the value cannot be given. A rate or percentage is"
                        + " added up only through its numerator and denominator (flag not-additive without them),"
                        + " a score, rank or decile is never added up, and a total missing an area is incomplete.",
                Shorthand.LOW_RELIABILITY + " low reliability: the value is an estimate (flag estimated), e.g."
                        + " from GP registrations or a population-weighted mean.",
                "Flags: apportioned (shared onto the area by population), inherited (a split area's score given"
                        + " to each part), incomplete (a sum missing a part), perturbed (a count made from borough case"
                        + " lists, published with small random noise by cell-key perturbation so that no one's record"
                        + " can be found out; above LSOA, the sum of the perturbed LSOA values); empty for a value as"
                        + " published.",
                "Methods: direct, lsoa11-merge, lsoa11-split, gp-weighted, postcode and others say how a value"
                        + " reached its area; rollup is summed from LSOAs (rates from their parts), rollup-best-fit"
                        + " the same for wards, custom-total the total row of a list of areas.",
                "Periods are written in ISO 8601: a month 2024-06, a year 2021, a longer span as its first and"
                        + " last months (a quarter 2024-04/2024-06, a financial year 2023-04/2024-03)."));
        for (IndicatorInfo i : metadata.request().indicators()) {
            notes.add(i.id() + " (" + i.title() + "): " + i.description() + " Unit: " + i.unit() + ". Source: "
                    + i.publisher() + ", " + i.sourceUrl() + ". Next release: " + i.nextRelease());
        }
        return notes;
    }
}
