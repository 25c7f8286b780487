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

/** The layout is read from the header: each known one, a new LAD vintage, any case, and a header that is none. */
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
        assertThat(header.generation()).isEqualTo(DirectoryGeneration.RENAMED);
        assertThat(header.postcodes()).containsExactly(2, 0, 1); // pcds, then pcd7, then pcd8
        assertThat(header.terminated()).isEqualTo(4);
        assertThat(header.lsoa()).isEqualTo(21);
        assertThat(header.oa11()).isEqualTo(-1);
    }

    @Test
    void thePostcodeToOa21LookupIsDetected() {
        assertThat(PostcodeFixtures.load(PostcodeFixtures.POSTCODE_TO_OA21).generation())
                .isEqualTo(DirectoryGeneration.POSTCODE_TO_OA21);
    }

    @Test
    void bothLsoa2011LayoutsAreDetected() {
        for (String fixture : PostcodeFixtures.LSOA11_LAYOUTS) {
            assertThat(PostcodeFixtures.loadWithGeography(fixture).generation())
                    .isEqualTo(DirectoryGeneration.POSTCODE_TO_OA11);
        }
    }

    @Test
    void theCouncilExtractFindsColumnsByNameInAnyCase() {
        DirectoryHeader header = DirectoryHeader.detect(
                Path.of("x.csv"),
                List.of("Postcode7,Postcode8,PostcodeNatural,IntroductionDate,TerminationDate,Usertype,OA11CD,"
                        .concat("LSOA11CD,MSOA11CD,LAD19CD,WD22CD_proposed")
                        .split(",")));
        assertThat(header.generation()).isEqualTo(DirectoryGeneration.POSTCODE_TO_OA11);
        assertThat(header.postcodes()).containsExactly(2, 0, 1);
        assertThat(header.terminated()).isEqualTo(4);
        assertThat(header.lsoa()).isEqualTo(7);
        assertThat(header.oa11()).isEqualTo(6);
    }

    @Test
    void anUpperCaseOa21LookupWithAVintagedDistrictIsReadByItsLsoa2021() {
        DirectoryHeader header = DirectoryHeader.detect(
                Path.of("x.csv"),
                List.of(
                        "PCD7",
                        "PCD8",
                        "PCDS",
                        "DOINTR",
                        "DOTERM",
                        "USERTYPE",
                        "OA21CD",
                        "LSOA21CD",
                        "MSOA21CD",
                        "LAD22CD"));
        // A year on the district makes it look like the renamed NSPL; either way it is read the same.
        assertThat(header.generation().lsoa2011()).isFalse();
        assertThat(header.lsoa()).isEqualTo(7);
    }

    @Test
    void aFileWithBothCensusesIsReadByItsLsoa2021() {
        // The legacy ONSPD carries oa11 and lsoa11 beside lsoa21: no exact fit is needed.
        DirectoryHeader header = DirectoryHeader.detect(
                Path.of("x.csv"), List.of("pcd", "pcds", "doterm", "oslaua", "oa11", "lsoa11", "lsoa21"));
        assertThat(header.generation()).isEqualTo(DirectoryGeneration.LEGACY_ONSPD);
        assertThat(header.lsoa()).isEqualTo(6);
        assertThat(header.oa11()).isEqualTo(-1);
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
        assertThat(header.lsoa()).isEqualTo(21);
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
    void aHeaderWithNoLsoaColumnIsRefusedInOneLineNamingWhatWasLookedFor() throws IOException {
        Path file = dir.resolve("pcd_msoa11.csv");
        Files.writeString(
                file, "pcd7,pcd8,pcds,dointr,doterm,usertype,msoa11cd,ladcd\nSE108AA,SE10 8AA,SE10 8AA,,,0,,\n");
        assertThatThrownBy(() -> PostcodeDirectory.load(file, PostcodeFixtures.SPINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": not a recognised ONS postcode directory header; looked for a postcode column"
                        + " (pcds, postcodenatural, pcd, pcd7, postcode7, pcd2, pcd8, postcode8, postcode) and an LSOA"
                        + " column (lsoa21, lsoa21cd, or for LSOA 2011 lsoa11, lsoa11cd), any case; header found: [pcd7,"
                        + " pcd8, pcds, dointr, doterm, usertype, msoa11cd, ladcd]");
    }

    @Test
    void aHeaderWithNoPostcodeColumnIsRefused() {
        assertThatThrownBy(() -> DirectoryHeader.detect(Path.of("x.csv"), List.of("oa21cd", "lsoa21cd")))
                .hasMessageStartingWith("x.csv: not a recognised ONS postcode directory header");
    }

    @Test
    void anLsoa2011LayoutNeedsTheExactFit() {
        assertThatThrownBy(() -> PostcodeFixtures.load(PostcodeFixtures.COUNCIL_OA11))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has an LSOA 2011 code only (E01990001)")
                .hasMessageContaining("needs the LSOA 2011 → 2021 exact fit");
    }

    @Test
    void aTerminationDateThatIsNotAMonthIsRejectedWithItsLine() throws IOException {
        Path file = dir.resolve("bad-date.csv");
        Files.writeString(
                file,
                "pcd7,pcds,doterm,lsoa21cd\nSE108AA,SE10 8AA,201912,E01990048\nBR1 4BY,BR1 4BY,31/12/2019,E01990025\n");
        assertThatThrownBy(() -> PostcodeDirectory.load(file, PostcodeFixtures.SPINE))
                .hasMessage(file + " line 3: termination date '31/12/2019' is not a month (yyyyMM)");
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
