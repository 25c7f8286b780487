package london.observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;

/**
 * The cover sheet: the title in A1, then each heading (bold) with its text in the rows below, one paragraph or one
 * source a row, all in column A, so a screen reader reads it top to bottom: what the data are, the areas, sources,
 * licence, release, when the data were built and are next updated, disclosure control and the worksheets that
 * follow.
 */
final class XlsxCover {

    private static final int MAX_AREAS_LISTED = 50;
    private static final int WIDTH = 120;

    private record Section(String heading, List<String> lines) {
        Section(String heading, String line) {
            this(heading, List.of(line));
        }
    }

    private XlsxCover() {}

    static void write(Worksheet sheet, ExtractMetadata metadata, long rows) {
        sheet.width(0, WIDTH);
        XlsxSink.printFitToWidth(sheet);
        sheet.value(0, 0, metadata.title());
        sheet.style(0, 0).bold().fontSize(16).set();
        int r = 1;
        for (Section section : sections(metadata, rows)) {
            sheet.value(r, 0, section.heading());
            sheet.style(r, 0).bold().fontSize(12).set();
            r++;
            for (String line : section.lines()) {
                sheet.value(r, 0, line);
                sheet.style(r, 0).wrapText(true).set();
                sheet.rowHeight(r, XlsxSink.wrappedHeight(line, WIDTH));
                r++;
            }
        }
    }

    private static List<Section> sections(ExtractMetadata m, long rows) {
        ValidRequest request = m.request();
        List<Section> sections = new ArrayList<>();
        if (m.sample()) {
            sections.add(new Section("Sample data", m.sampleNote()));
        }
        sections.add(new Section(
                "About these data",
                String.format(
                        Locale.ROOT,
                        "%,d rows: %,d indicators for %,d areas%s, from the London Social Evidence Observatory.",
                        rows,
                        request.indicators().size(),
                        request.areas().size(),
                        request.total() ? ", and a total row for the areas taken together" : "")));
        sections.add(new Section("Areas", areas(request)));
        sections.add(new Section(
                "Source",
                m.sources().stream().map(s -> s.publisher() + ": " + s.url()).toList()));
        sections.add(new Section("Licence", m.licences()));
        sections.add(new Section("Release", m.releaseId()));
        sections.add(new Section("Data built", m.builtAt() == null ? "not recorded" : m.builtAt()));
        sections.add(new Section(
                "Next update",
                m.nextUpdate()
                                .map(d -> "The soonest expected source release is " + d + ". ")
                                .orElse("") + "Each indicator's release schedule is on the Notes worksheet."));
        sections.add(new Section("Disclosure control", disclosure(m)));
        sections.add(new Section(
                "Contents",
                List.of(
                        "Notes: what the shorthand, flags and methods mean, and each indicator.",
                        XlsxSink.DATA_SHEET + ": the data, one row per area, indicator and period.")));
        return sections;
    }

    private static String areas(ValidRequest request) {
        List<AreaInfo> areas = request.areas();
        String listed = areas.stream()
                .limit(MAX_AREAS_LISTED)
                .map(a -> a.name() + " (" + a.code() + ")")
                .collect(Collectors.joining("; "));
        return areas.size() > MAX_AREAS_LISTED
                ? listed + "; and " + (areas.size() - MAX_AREAS_LISTED) + " more (every code is in the table)"
                : listed;
    }

    private static List<String> disclosure(ExtractMetadata m) {
        if (m.disclosureRules().isEmpty()) {
            return List.of("None applied to this database: values are as the sources published them.");
        }
        return m.disclosureRules().stream()
                .map(rule -> rule.id() + ": " + rule.description())
                .toList();
    }
}
