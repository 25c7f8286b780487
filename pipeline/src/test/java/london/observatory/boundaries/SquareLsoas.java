package london.observatory.boundaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A made-up LSOA 2021 boundary file for a spine of made-up codes: each LSOA a square 0.01° across, laid out in
 * code order in rows of {@value #PER_ROW} from a south-west corner, so neighbours share their edges exactly (a
 * coverage, as ONS's files are) and an area whose LSOAs wrap onto the next row comes out in two parts.
 */
public final class SquareLsoas {

    static final int PER_ROW = 11;

    private SquareLsoas() {}

    /** Squares from (-0.5°, 51.3°) for {@code codes}, written to {@code file} in the ONS layout. */
    public static Path write(Path file, List<String> codes) throws IOException {
        return write(file, codes, 0);
    }

    /** As {@link #write(Path, List)}, every square moved east by {@code shift} hundred-thousandths of a degree. */
    public static Path write(Path file, List<String> codes, int shift) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < codes.size(); i++) {
            int west = -50_000 + shift + (i % PER_ROW) * 1_000;
            int south = 5_130_000 + (i / PER_ROW) * 1_000;
            json.append(i == 0 ? "" : ",\n")
                    .append("{\"type\":\"Feature\",\"properties\":{\"LSOA21CD\":\"")
                    .append(codes.get(i))
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
                    .append(corner(west, south))
                    .append(',')
                    .append(corner(west + 1_000, south))
                    .append(',')
                    .append(corner(west + 1_000, south + 1_000))
                    .append(',')
                    .append(corner(west, south + 1_000))
                    .append(',')
                    .append(corner(west, south))
                    .append("]]}}");
        }
        Files.writeString(file, json.append("\n]}\n"), StandardCharsets.UTF_8);
        return file;
    }

    private static String corner(int east, int north) {
        return "[" + east / 100_000.0 + "," + north / 100_000.0 + "]";
    }
}
