package london.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import london.observatory.RepoFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The bad-input corpus: malformed files in every format the observatory reads, each made from a real sample
 * of that format (data-samples/, the feed descriptors) by one {@link Mutation} with one seed. The same seed
 * gives the same corpus, byte for byte, and an input's name gives that input again ({@link #byName}).
 *
 * <p>Bases are cut to a few dozen rows (a long file meets the same reader code as a short one, and the
 * corpus must run in seconds); every base reads cleanly, which {@code BadInputCorpusTest} checks first.
 */
public final class BadInputCorpus {

    public static final long SEED = 20261207L;

    /** A sample file the corpus starts from: its format, short name and (cut) bytes, and the mutations it meets. */
    public record Base(CorpusFormat format, String name, byte[] bytes, List<Mutation> mutations) {}

    private BadInputCorpus() {}

    /** Every input of the corpus made with {@code seed}, in a stable order. */
    public static List<CorpusInput> generate(long seed) {
        List<CorpusInput> inputs = new ArrayList<>();
        for (Base base : bases()) {
            inputs.add(new CorpusInput(base.format(), base.name(), "none", 0, base.name(), base.bytes()));
            for (Mutation mutation : base.mutations()) {
                for (int i = 0; i < mutation.seeds(); i++) {
                    long inputSeed = mutation.seeds() == 1 ? 0 : seed + i;
                    inputs.add(make(base, mutation, inputSeed));
                }
            }
        }
        return inputs;
    }

    /** The input named {@code format/base/mutation/seed}, made again. */
    public static CorpusInput byName(String name) {
        String[] parts = name.split("/");
        for (Base base : bases()) {
            if (base.format().id().equals(parts[0]) && base.name().equals(parts[1])) {
                if (parts[2].equals("none")) {
                    return new CorpusInput(base.format(), base.name(), "none", 0, base.name(), base.bytes());
                }
                for (Mutation mutation : base.mutations()) {
                    if (mutation.name().equals(parts[2])) {
                        return make(base, mutation, Long.parseLong(parts[3]));
                    }
                }
            }
        }
        throw new IllegalArgumentException("no corpus input " + name);
    }

    private static CorpusInput make(Base base, Mutation mutation, long seed) {
        // each input's random choices depend on its own name only, not on the inputs made before it
        SplittableRandom random = new SplittableRandom(seed ^ (base.name() + "/" + mutation.name()).hashCode());
        byte[] bytes = mutation.apply().apply(base.bytes(), random);
        return new CorpusInput(base.format(), base.name(), mutation.name(), seed, base.name(), bytes);
    }

    /** The bases, read once: the boundaries and Stat-Xplore samples take a moment to parse and cut. */
    static List<Base> bases() {
        synchronized (BadInputCorpus.class) {
            if (bases == null) {
                bases = List.copyOf(readBases());
            }
            return bases;
        }
    }

    private static List<Base> bases;

    private static List<Base> readBases() {
        List<Base> bases = new ArrayList<>();
        for (String file : List.of(
                "borough/camden-housing-register/2024-01.csv",
                "borough/hackney-temporary-accommodation.csv",
                "borough/southwark-council-tax-arrears.csv")) {
            bases.add(csv(CorpusFormat.BOROUGH_CSV, file, 25));
        }
        bases.add(csv(CorpusFormat.NOMIS_BULK_CSV, "nomis/census2021-ts001-lsoa.csv", 25));
        bases.add(csv(CorpusFormat.NOMIS_BULK_CSV, "nomis/census2021-ts066-lsoa.csv", 25));
        bases.add(nomisZip());
        bases.add(nomisApiPage());
        bases.add(csv(CorpusFormat.FINGERTIPS_CSV, "fingertips/848-gp-practice.csv", 40));
        bases.add(csv(CorpusFormat.FINGERTIPS_CSV, "fingertips/21001-counties-uas.csv", 25));
        bases.add(csv(
                CorpusFormat.DATASTORE_CSV,
                "datastore/download/homelessness-statutory-borough/4b8d2f6a-0c1e-4a3b-9d5f-7e1a3c5b7d04/"
                        + "homelessness-a1-borough-2024.csv",
                40));
        bases.add(csv(CorpusFormat.POSTCODE_DIRECTORY, "postcodes/nspl_sample.csv", 25));
        bases.add(statXplore());
        bases.add(hclicOds());
        bases.add(insolvencyXlsx());
        bases.add(boundaries());
        for (String feed : List.of(
                "camden-housing-register",
                "nomis-census-ts001",
                "nomis-claimant-count",
                "statxplore-uc-conditionality",
                "mhclg-hclic-initial-assessments",
                "datastore-personal-insolvency")) {
            bases.add(descriptor(feed));
        }
        return bases;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The first {@code lines} lines of a CSV sample (the header and rows as the source writes them). */
    private static byte[] head(String sample, int lines) {
        List<String> all = CsvMutations.splitLines(read(RepoFiles.dataSamples(sample)));
        return CsvMutations.joinLines(all.subList(0, Math.min(lines, all.size())));
    }

    private static List<Mutation> plus(List<Mutation> a, List<Mutation> b) {
        List<Mutation> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Base csv(CorpusFormat format, String sample, int lines) {
        String name = fileName(sample);
        return new Base(format, name, head(sample, lines), plus(ByteMutations.all(name), CsvMutations.all()));
    }

    /** A Nomis API page cut to 24 rows, its RECORD_COUNT saying so (a page says how many records the query has). */
    private static Base nomisApiPage() {
        String text = new String(head("nomis/claimant-count/offset-0.csv", 25), StandardCharsets.UTF_8)
                .replace(",9670\r\n", ",24\r\n")
                .replace(",9670\n", ",24\n");
        return new Base(
                CorpusFormat.NOMIS_API_PAGE,
                "offset-0.csv",
                text.getBytes(StandardCharsets.UTF_8),
                plus(ByteMutations.all("offset-0.csv"), CsvMutations.all()));
    }

    /** The TS001 bulk CSV in a ZIP, as Nomis serves it: ZIP mutations, and every CSV mutation inside the ZIP. */
    private static Base nomisZip() {
        String entry = "census2021-ts001-lsoa.csv";
        byte[] csv = head("nomis/" + entry, 25);
        List<Mutation> mutations = new ArrayList<>(ByteMutations.all("census2021-ts001.zip"));
        mutations.addAll(ZipMutations.all(entry, csv));
        for (Mutation inner : CsvMutations.all()) {
            mutations.add(new Mutation(
                    "entry-" + inner.name(),
                    inner.seeds(),
                    (zip, random) ->
                            Zips.of(List.of(new Zips.Entry(entry, inner.apply().apply(csv, random))))));
        }
        return new Base(
                CorpusFormat.NOMIS_ZIP,
                "census2021-ts001.zip",
                Zips.of(List.of(new Zips.Entry(entry, csv))),
                mutations);
    }

    /** The Stat-Xplore recording cut to its first 12 LSOAs: the query, the field's items and the cube together. */
    private static Base statXplore() {
        JsonNode root =
                JsonMutations.JSON.readTree(read(RepoFiles.dataSamples("statxplore/uc-conditionality-lsoa.json")));
        int keep = 12;
        ArrayNode items = (ArrayNode) root.get("fields").get(0).get("items");
        while (items.size() > keep) {
            items.remove(items.size() - 1);
        }
        for (JsonNode cube : root.get("cubes")) {
            ArrayNode values = (ArrayNode) cube.get("values");
            while (values.size() > keep) {
                values.remove(values.size() - 1);
            }
        }
        JsonNode recodes = root.get("query").get("recodes");
        for (JsonNode recode : recodes) {
            ArrayNode map = (ArrayNode) recode.get("map");
            if (map != null && map.size() > 100) {
                while (map.size() > keep) {
                    map.remove(map.size() - 1);
                }
            }
        }
        String name = "uc-conditionality-lsoa.json";
        return new Base(
                CorpusFormat.STATXPLORE_JSON,
                name,
                JsonMutations.JSON.writeValueAsBytes(root),
                plus(ByteMutations.all(name), JsonMutations.all(16)));
    }

    private static Base hclicOds() {
        String name = "Detailed_LA_202403.ods";
        List<Mutation> mutations = new ArrayList<>(ByteMutations.all(name));
        mutations.addAll(
                XmlPartMutations.of("content.xml", "content", "table:table-row", "<text:p>", "table:name=\"A1\""));
        mutations.addAll(OdsMutations.all());
        return new Base(CorpusFormat.HCLIC_ODS, name, read(RepoFiles.dataSamples("hclic/" + name)), mutations);
    }

    private static Base insolvencyXlsx() {
        String name = "Individual_insolvencies_by_location_age_and_gender_2023.xlsx";
        List<Mutation> mutations = new ArrayList<>(ByteMutations.all(name));
        // sheet5 is Table_2, the sheet the feed reads
        mutations.addAll(XmlPartMutations.of("xl/worksheets/sheet5.xml", "sheet", "row", "<v>", "<sheetData>"));
        mutations.addAll(XmlPartMutations.of("xl/sharedStrings.xml", "strings", "si", "<t>", "<sst"));
        mutations.addAll(XlsxMutations.all());
        return new Base(
                CorpusFormat.INSOLVENCY_XLSX, name, read(RepoFiles.dataSamples("insolvency/" + name)), mutations);
    }

    /** The LSOA 2021 boundaries cut to their first three features (one borough's corner of the map). */
    private static Base boundaries() {
        JsonNode root =
                JsonMutations.JSON.readTree(read(RepoFiles.dataSamples("london/boundaries/london_lsoa21_bgc.geojson")));
        ArrayNode features = (ArrayNode) root.get("features");
        while (features.size() > 3) {
            features.remove(features.size() - 1);
        }
        String name = "london_lsoa21_bgc.geojson";
        return new Base(
                CorpusFormat.GEOJSON_BOUNDARIES,
                name,
                JsonMutations.JSON.writeValueAsBytes(root),
                plus(plus(ByteMutations.all(name), JsonMutations.all(20)), GeoJsonMutations.all()));
    }

    private static Base descriptor(String feed) {
        String name = feed + ".json";
        Path file = RepoFiles.root().resolve("schemas/src/main/resources/observatory/feeds/" + name);
        return new Base(
                CorpusFormat.FEED_DESCRIPTOR, name, read(file), plus(ByteMutations.all(name), JsonMutations.all(8)));
    }
}
