package london.observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;

/**
 * The cover sheet: the title in A1, then each heading (bold) with its text in the row below, all in column A, so
 * a screen reader reads it top to bottom: what the data are, the areas, source, licence, release, when the data
 * were built and are next updated, disclosure control and the worksheets that follow.
 */
final class XlsxCover {

    private static final int MAX_AREAS_LISTED = 50;

    private XlsxCover() {}

    static void write(Worksheet sheet, ExtractMetadata metadata, long rows) {
        sheet.width(0, 120);
        sheet.value(0, 0, metadata.title());
        sheet.style(0, 0).bold().fontSize(16).set();
        int r = 1;
        for (String[] section : sections(metadata, rows)) {
            sheet.value(r, 0, section[0]);
            sheet.style(r, 0).bold().fontSize(12).set();
            sheet.value(r + 1, 0, section[1]);
            sheet.style(r + 1, 0).wrapText(true).set();
            r += 2;
        }
    }

    private static List<String[]> sections(ExtractMetadata m, long rows) {
        ValidRequest request = m.request();
        List<String[]> sections = new ArrayList<>();
        if (m.sample()) {
            sections.add(new String[] {"Sample data", m.sampleNote()});
        }
        sections.add(new String[] {
            "About these data",
            String.format(
                    Locale.ROOT,
                    "%,d rows: %,d indicators for %,d areas%s, from the London Social Evidence Observatory.",
                    rows,
                    request.indicators().size(),
                    request.areas().size(),
                    request.total() ? ", and a total row for the areas taken together" : "")
        });
        sections.add(new String[] {"Areas", areas(request)});
        sections.add(new String[] {
            "Source",
            m.sources().stream().map(s -> s.publisher() + " (" + s.url() + ")").collect(Collectors.joining("; "))
        });
        sections.add(new String[] {"Licence", String.join("; ", m.licences())});
        sections.add(new String[] {"Release", m.releaseId()});
        sections.add(new String[] {"Data built", m.builtAt() == null ? "not recorded" : m.builtAt()});
        sections.add(new String[] {
            "Next update",
            m.nextUpdate()
                            .map(d -> "The soonest expected source release is " + d + ". ")
                            .orElse("") + "Each indicator's release schedule is on the Notes worksheet."
        });
        sections.add(new String[] {"Disclosure control", disclosure(m)});
        sections.add(new String[] {
            "Contents",
            "Notes: what the shorthand, flags and methods mean, and each indicator. " + XlsxSink.DATA_SHEET
                    + ": the data, one row per area, indicator and period."
        });
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

    private static String disclosure(ExtractMetadata m) {
        if (m.disclosureRules().isEmpty()) {
            return "None applied to this database: values are as the sources published them.";
        }
        return m.disclosureRules().stream()
                .map(rule -> rule.id() + ": " + rule.description())
                .collect(Collectors.joining(" "));
    }
}
