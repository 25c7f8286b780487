package london.observatory.connectors.fingertips;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes {@code data-samples/gp/gp-reg-pat-prac-lsoa-all.csv}, NHS "Patients registered at a GP practice" by
 * LSOA for the twelve sample practices of {@code data-samples/fingertips/848-gp-practice.csv}, on real LSOA
 * 2021 codes. Practices, names and patient numbers are made up: the codes {@code F99001}–{@code F99012} are a
 * range chosen for the sample, not checked against the ODS register, and the names say they are samples. The
 * two practices of a borough share one neighbourhood: the first LSOAs (in the lookup's order) of the first MSOA
 * of the borough (in the lookup's order) that has enough of them. Four practices have a few patients in an LSOA
 * outside London ({@code E01024977}), one a handful in Wales ({@code W01001234}). {@code GpRegistrationSamplesTest}
 * checks the committed file matches; run {@link #main} from the repository root to rewrite it.
 */
public final class GpRegistrationSamples {

    public static final String FILE = "gp/gp-reg-pat-prac-lsoa-all.csv";
    static final String LOOKUP = "london/geography/london_lsoa21_msoa21_lad22_lookup.csv";
    static final String HEADER =
            "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA_CODE,SEX,NUMBER_OF_PATIENTS";
    static final String OUTSIDE_LONDON = "E01024977";
    static final String WALES = "W01001234";

    /** A practice: its patients in its borough's sample LSOAs, in order, then elsewhere (0: none). */
    record Practice(String code, String name, String borough, int[] patients, String elsewhere, int patientsElsewhere) {

        static Practice of(String code, String name, String borough, int... patients) {
            return new Practice(code, name, borough, patients, null, 0);
        }

        Practice and(String lsoa, int count) {
            return new Practice(code, name, borough, patients, lsoa, count);
        }
    }

    static final List<Practice> PRACTICES = List.of(
            Practice.of("F99001", "CAMDEN SAMPLE PRACTICE A", "E09000007", 3902, 3287, 3931, 2326, 4945)
                    .and(OUTSIDE_LONDON, 572),
            Practice.of("F99002", "CAMDEN SAMPLE PRACTICE B", "E09000007", 3479, 2967, 1484, 2568, 1988),
            Practice.of("F99003", "ISLINGTON SAMPLE PRACTICE A", "E09000019", 2208, 4869, 5034, 1430, 4518),
            Practice.of("F99004", "ISLINGTON SAMPLE PRACTICE B", "E09000019", 2678, 2044, 1764, 2883, 2260)
                    .and(OUTSIDE_LONDON, 363),
            Practice.of("F99005", "HACKNEY SAMPLE PRACTICE A", "E09000012", 5229, 5105, 2392, 5649),
            Practice.of("F99006", "HACKNEY SAMPLE PRACTICE B", "E09000012", 2305, 2283, 1659, 661),
            Practice.of("F99007", "TOWER HAMLETS SAMPLE PRACTICE A", "E09000030", 2426, 3361, 9166, 4576)
                    .and(OUTSIDE_LONDON, 607),
            Practice.of("F99008", "TOWER HAMLETS SAMPLE PRACTICE B", "E09000030", 4210, 7412, 3898, 5310),
            Practice.of("F99009", "NEWHAM SAMPLE PRACTICE A", "E09000025", 1130, 585, 1349, 1730, 719),
            Practice.of("F99010", "NEWHAM SAMPLE PRACTICE B", "E09000025", 1526, 2042, 1013, 2271, 3151)
                    .and(OUTSIDE_LONDON, 312),
            Practice.of("F99011", "SOUTHWARK SAMPLE PRACTICE A", "E09000028", 3056, 2672, 3664, 1489, 2776),
            Practice.of("F99012", "SOUTHWARK SAMPLE PRACTICE B", "E09000028", 2715, 3587, 1712, 4256, 1650)
                    .and(WALES, 4));

    private GpRegistrationSamples() {}

    public static void main(String[] args) {
        Path dataSamples = Path.of(args.length > 0 ? args[0] : ".").resolve("data-samples");
        write(dataSamples.resolve(LOOKUP), dataSamples.resolve(FILE));
    }

    static void write(Path lookup, Path out) {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.append(HEADER).append('\n');
            for (Practice p : PRACTICES) {
                List<String> lsoas = neighbourhood(lookup, p.borough(), p.patients().length);
                for (int i = 0; i < lsoas.size(); i++) {
                    writer.append(line(p, lsoas.get(i), p.patients()[i]));
                }
                if (p.elsewhere() != null) {
                    writer.append(line(p, p.elsewhere(), p.patientsElsewhere()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** The borough's first MSOA (in the lookup's order) with at least {@code size} LSOAs: its first {@code size}. */
    static List<String> neighbourhood(Path lookup, String borough, int size) {
        Map<String, List<String>> byMsoa = new LinkedHashMap<>();
        try (CSVParser parser = CsvFiles.open(lookup)) {
            for (CSVRecord r : parser) {
                if (r.get("LAD22CD").equals(borough)) {
                    byMsoa.computeIfAbsent(r.get("MSOA21CD"), m -> new ArrayList<>())
                            .add(r.get("LSOA21CD"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lookup, e);
        }
        return byMsoa.values().stream()
                .filter(lsoas -> lsoas.size() >= size)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(borough + " has no MSOA of " + size + " LSOAs"))
                .subList(0, size);
    }

    private static String line(Practice p, String lsoa, int patients) {
        return String.join(",", "GP_PRAC_PAT_LIST", "01Apr2023", p.code(), p.name(), lsoa, "ALL", "" + patients) + "\n";
    }

    static Path committed() {
        return RepoFiles.dataSamples(FILE);
    }
}
