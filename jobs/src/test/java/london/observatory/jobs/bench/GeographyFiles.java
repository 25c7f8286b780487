package london.observatory.jobs.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link SyntheticGeography} in the four ONS / Nomis layouts the pipeline is configured with. */
final class GeographyFiles {

    private GeographyFiles() {}

    static void write(SyntheticGeography g, FixturePaths paths) throws IOException {
        Files.createDirectories(paths.lsoa21Lookup().getParent());
        Files.createDirectories(paths.population().getParent());
        writeLsoa21Lookup(g, paths.lsoa21Lookup());
        writeExactFit(g, paths.lsoa11Lookup());
        writeWardBestFit(g, paths.wardLookup());
        writePopulation(g, paths.population());
    }

    private static void writeLsoa21Lookup(SyntheticGeography g, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD22CD,LAD22NM\n");
            for (int i = 0; i < SyntheticGeography.LSOA21_COUNT; i++) {
                line(
                        out,
                        g.lsoa21Codes[i],
                        g.lsoa21Names[i],
                        g.msoa21Codes[i],
                        g.msoa21Names[i],
                        g.ladCodes[i],
                        g.ladNames[i]);
            }
        }
    }

    /** One row per LSOA11–LSOA21 pair, LAD of the 2021 area, as in the ONS exact-fit lookup. */
    private static void writeExactFit(SyntheticGeography g, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND,LAD22CD,LAD22NM\n");
            for (int p = 0; p < g.pairs.size(); p++) {
                int l11 = g.pairs.get(p)[0];
                int l21 = g.pairs.get(p)[1];
                line(
                        out,
                        SyntheticGeography.lsoaCode(l11 + 1),
                        g.lsoa11Names[l11],
                        g.lsoa21Codes[l21],
                        g.lsoa21Names[l21],
                        String.valueOf(g.pairChange.get(p)),
                        g.ladCodes[l21],
                        g.ladNames[l21]);
            }
        }
    }

    private static void writeWardBestFit(SyntheticGeography g, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("lsoa21cd,ward22cd,ward22nm\n");
            for (int i = 0; i < SyntheticGeography.LSOA21_COUNT; i++) {
                line(out, g.lsoa21Codes[i], g.wardCodes[i], g.wardNames[i]);
            }
        }
    }

    /** Nomis bulk layout (census2021-ts001-lsoa.csv): every header and text field quoted, counts bare. */
    private static void writePopulation(SyntheticGeography g, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\"date\",\"geography\",\"geography code\",\"Residence type: Total; measures: Value\"\n");
            for (int i = 0; i < SyntheticGeography.LSOA21_COUNT; i++) {
                out.write(
                        "\"2021\",\"" + g.lsoa21Names[i] + "\",\"" + g.lsoa21Codes[i] + "\"," + g.population[i] + "\n");
            }
        }
    }

    /** Synthetic names hold no commas or quotes, so plain joining is valid CSV. */
    private static void line(BufferedWriter out, String... fields) throws IOException {
        out.write(String.join(",", fields));
        out.write('\n');
    }
}
