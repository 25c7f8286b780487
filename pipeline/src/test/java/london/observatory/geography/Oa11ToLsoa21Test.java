package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OA 2011 → LSOA 2021 through OA 2021, keeping only the output areas that lie wholly in one spine LSOA. */
class Oa11ToLsoa21Test {

    private static final Geography MADE_UP = RepoFiles.madeUpGeography();

    @TempDir
    Path dir;

    @Test
    void keepsAnOutputAreaWhosePartsLieInOneSpineLsoaAndLeavesOutTheOthers() throws IOException {
        // Camden 002E (E01980001) split into 002A (E01990032) and 002B (E01990033).
        Path oa11 = write(
                "oa11_oa21.csv",
                "OA11CD,OA21CD,CHNGIND,LAD22CD",
                "E00990001,E00991001,U,E09000007", // whole, into 002A
                "E00990002,E00991002,S,E09000007", // split, both parts in 002B
                "E00990002,E00991003,S,E09000007",
                "E00990003,E00991004,S,E09000007", // split across 002A and 002B
                "E00990003,E00991005,S,E09000007",
                "E00990004,E00991006,U,E09000007", // its OA 2021 is off the spine
                "E00990005,E00991099,U,E09000007"); // its OA 2021 is not in the lookup
        Path oa21 = write(
                "oa21_lsoa21.csv",
                "OA21CD,LSOA21CD,MSOA21CD",
                "E00991001,E01990032,E02990016",
                "E00991002,E01990033,E02990016",
                "E00991003,E01990033,E02990016",
                "E00991004,E01990032,E02990016",
                "E00991005,E01990033,E02990016",
                "E00991006,E01024977,E02005000");

        assertThat(Oa11ToLsoa21.read(oa11, oa21, MADE_UP))
                .containsOnly(entry("E00990001", "E01990032"), entry("E00990002", "E01990033"));
    }

    @Test
    void aLookupWithoutTheOutputAreaColumnsNamesTheFile() throws IOException {
        Path wrong = write("wrong.csv", "LSOA11CD,LSOA21CD", "E01980001,E01990032");
        Path oa21 = write("oa21_lsoa21.csv", "OA21CD,LSOA21CD", "E00991001,E01990032");

        assertThatThrownBy(() -> Oa11ToLsoa21.read(wrong, oa21, MADE_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(wrong.toString())
                .hasMessageContaining("OA11CD");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
