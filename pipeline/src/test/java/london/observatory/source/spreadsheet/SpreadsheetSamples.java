package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.connectors.hclic.HclicSamples;
import london.observatory.connectors.insolvency.InsolvencySamples;

/**
 * Writes the spreadsheet samples ({@code data-samples/hclic/}, {@code data-samples/insolvency/}) and
 * the test fixtures ({@code pipeline/src/test/resources/hclic/}, {@code .../insolvency/}) in the
 * publishers' layouts, for the 33 boroughs of real London (their codes and names from the LSOA 2021 lookup in
 * data-samples/london; the figures are made up). Made here, never copied from a
 * publisher. Run from the repository root with the argument {@code .} (data-samples/README.md has the
 * command).
 */
public final class SpreadsheetSamples {

    private SpreadsheetSamples() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String[]> boroughs =
                boroughs(root.resolve("data-samples/london/geography/london_lsoa21_msoa21_lad22_lookup.csv"));
        Path tests = root.resolve("pipeline/src/test/resources");
        HclicSamples.writeSample(root.resolve("data-samples/hclic/Detailed_LA_202403.ods"), boroughs);
        HclicSamples.writeFixture(tests.resolve("hclic/a1-small.ods"));
        InsolvencySamples.writeSample(
                root.resolve("data-samples/insolvency/Individual_insolvencies_by_location_age_and_gender_2023.xlsx"),
                boroughs);
        InsolvencySamples.writeFixtures(tests.resolve("insolvency"));
        System.out.println("wrote spreadsheet samples and fixtures under " + root);
    }

    /** The boroughs (code, name) of an LSOA 2021 → MSOA → borough lookup, by name, as publishers list them. */
    public static List<String[]> boroughs(Path lookup) throws IOException {
        Map<String, String> byCode = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(lookup);
        List<String> header = List.of(lines.get(0).split(","));
        int code = header.indexOf("LAD22CD");
        int name = header.indexOf("LAD22NM");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            byCode.putIfAbsent(cells[code], cells[name]);
        }
        List<String[]> boroughs = new ArrayList<>();
        byCode.forEach((c, n) -> boroughs.add(new String[] {c, n}));
        boroughs.sort(Comparator.comparing((String[] b) -> b[1]));
        return boroughs;
    }
}
