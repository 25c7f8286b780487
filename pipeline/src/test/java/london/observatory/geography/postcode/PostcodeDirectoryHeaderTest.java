package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generation is read from the header: each known one, a new LAD vintage, and a header that is none. */
class PostcodeDirectoryHeaderTest {

    private static final String RENAMED_2025 = "pcd7,pcd8,pcds,dointr,doterm,usrtypind,east1m,north1m,gridind,"
            + "oa21cd,cty25cd,ced25cd,lad25cd,wd25cd,nhser24cd,ctry25cd,rgn25cd,pcon24cd,ttwa15cd,itl25cd,npark16cd,"
            + "lsoa21cd,msoa21cd,wz11cd,sicbl24cd,bua24cd,ruc21ind,oac11ind,lat,long,lep21cd1,lep21cd2,pfa23cd,"
            + "imd20ind,icb23cd";

    @TempDir
    Path dir;

    @Test
    void legacyNsplIsDetectedThroughItsByteOrderMark() {
        // pcd is the first column: found only if the BOM is not glued onto its name.
        assertThat(PostcodeFixtures.load(PostcodeFixtures.LEGACY_NSPL).generation())
                .isEqualTo(DirectoryGeneration.LEGACY_NSPL);
    }

    @Test
    void legacyOnspdIsDetectedByOslaua() {
        assertThat(PostcodeFixtures.load(PostcodeFixtures.LEGACY_ONSPD).generation())
                .isEqualTo(DirectoryGeneration.LEGACY_ONSPD);
    }

    @Test
    void renamedGenerationIsDetected() {
        assertThat(PostcodeFixtures.load(PostcodeFixtures.RENAMED).generation()).isEqualTo(DirectoryGeneration.RENAMED);
    }

    @Test
    void renamedGenerationFindsColumnsByName() {
        DirectoryHeader header = DirectoryHeader.detect(Path.of("x.csv"), List.of(RENAMED_2025.split(",")));
        assertThat(header).isEqualTo(new DirectoryHeader(DirectoryGeneration.RENAMED, 2, 0, 4, 12, 21));
    }

    @Test
    void aNewLadVintageNeedsNoChange() {
        // The Aug 2026 NSPL: 26cd suffixes, oac21ind, imd25ind.
        String aug2026 = RENAMED_2025
                .replace("25cd", "26cd")
                .replace("oac11ind", "oac21ind")
                .replace("imd20ind", "imd25ind");
        DirectoryHeader header = DirectoryHeader.detect(Path.of("x.csv"), Arrays.asList(aug2026.split(",")));
        assertThat(header.generation()).isEqualTo(DirectoryGeneration.RENAMED);
        assertThat(header.district()).isEqualTo(12);
    }

    @Test
    void upperCaseQuotedHeaderIsDetected() throws IOException {
        Path file = dir.resolve("upper.csv");
        Files.writeString(
                file,
                "\"PCD\",\"PCDS\",\"DOTERM\",\"LAUA\",\"LSOA21\"\r\n"
                        + "\"N1  9GU\",\"N1 9GU\",\"\",\"E09000019\",\"E01990085\"\r\n");
        PostcodeDirectory directory = PostcodeDirectory.load(file, PostcodeFixtures.SPINE);
        assertThat(directory.generation()).isEqualTo(DirectoryGeneration.LEGACY_NSPL);
        assertThat(directory.find(Postcode.parse("n19gu")).lsoa21()).isEqualTo("E01990085");
    }

    @Test
    void the2011PostcodeLookupIsRejectedNamingFileAndColumns() throws IOException {
        // The older postcode → OA/LSOA/MSOA/LAD best fit has pcd7 and pcds but only 2011 LSOAs.
        Path file = dir.resolve("pcd_oa11_lsoa11.csv");
        Files.writeString(
                file,
                "pcd7,pcd8,pcds,dointr,doterm,usertype,oa11cd,lsoa11cd,msoa11cd,ladcd,lsoa11nm,"
                        + "msoa11nm,ladnm,ladnmw\nSE108AA,SE10 8AA,SE10 8AA,198001,,0,E00000001,E01000001,E02000001,"
                        + "E09000011,a,b,c,\n");
        assertThatThrownBy(() -> PostcodeDirectory.load(file, PostcodeFixtures.SPINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a recognised ONS postcode directory header")
                .hasMessageContaining("legacy NSPL (pcd, pcds, doterm, laua, lsoa21)")
                .hasMessageContaining("legacy ONSPD (pcd, pcds, doterm, oslaua, lsoa21)")
                .hasMessageContaining("(pcd7, pcds, doterm, ladNNcd, lsoa21cd)")
                .hasMessageContaining("header found: [pcd7, pcd8, pcds");
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        assertThatThrownBy(() -> PostcodeDirectory.load(file, PostcodeFixtures.SPINE))
                .hasMessage(file + ": empty file, expected a postcode directory header");
    }

    @Test
    void aTruncatedRowIsRejectedWithItsLine() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(
                file, "pcd,pcds,doterm,laua,lsoa21\nSE108AA,SE10 8AA,,E09000011,E01990048\nBR1 4BY,BR1 4BY\n");
        assertThatThrownBy(() -> PostcodeDirectory.load(file, PostcodeFixtures.SPINE))
                .hasMessageStartingWith(file + " line 3: 2 fields");
    }
}
