package london.observatory.geography.postcode;

import static london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator.BOROUGHS;
import static london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator.NEVER_IN_INWARD;
import static london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator.OUTSIDE_LONDON;
import static london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator.POSTCODES_PER_LSOA;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run's postcode directory (data-samples/postcodes): real LSOA 2021 codes of three boroughs,
 * fictional postcodes only, exact counts against real London, and it matches its generator.
 */
class PostcodeSampleOnRealLondonTest {

    private static Path sample;
    private static Geography geography;
    private static PostcodeDirectory directory;
    private static List<CSVRecord> rows;

    @BeforeAll
    static void load() throws IOException {
        sample = RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.FILE);
        geography = RealLondonData.realLondon();
        directory = PostcodeDirectory.load(sample, geography);
        try (CSVParser parser = CsvFiles.open(sample)) {
            rows = parser.getRecords();
        }
    }

    @Test
    void countsEveryKindOfPostcode() {
        assertThat(directory.generation()).isEqualTo(DirectoryGeneration.LEGACY_NSPL);
        // Camden 130 + Hackney 149 + Southwark 173 LSOAs × 2 live, + 1 terminated on the spine; 1 pseudo; 4 outside.
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(910, 905, 1, 1, 4, 0, 0, 0));
    }

    @Test
    void everyLsoaOfTheThreeBoroughsHasItsPostcodesInItsBorough() {
        Map<String, Long> perLsoa = rows.stream()
                .filter(r -> r.get("doterm").isEmpty() && geography.isLsoa21(r.get("lsoa21")))
                .collect(Collectors.groupingBy(r -> r.get("lsoa21"), TreeMap::new, Collectors.counting()));
        Set<String> expected = geography.areas(AreaLevel.LSOA21).stream()
                .filter(a -> BOROUGHS.contains(a.ladCode()))
                .map(Area::code)
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(130 + 149 + 173);
        assertThat(perLsoa.keySet()).isEqualTo(expected);
        assertThat(perLsoa.values()).containsOnly((long) POSTCODES_PER_LSOA);
        assertThat(rows)
                .filteredOn(r -> geography.isLsoa21(r.get("lsoa21")))
                .allSatisfy(r -> assertThat(
                                geography.area(r.get("lsoa21")).orElseThrow().ladCode())
                        .isEqualTo(r.get("laua")));
    }

    @Test
    void noPostcodeCanExistForItsInwardCodeUsesLettersRoyalMailNeverUses() {
        assertThat(rows).hasSize(910).allSatisfy(r -> {
            String pcds = r.get("pcds");
            String inward = pcds.substring(pcds.indexOf(' ') + 1);
            assertThat(inward).matches("[0-9][" + NEVER_IN_INWARD + "]{2}");
            assertThat(Postcode.parse(pcds)).isNotNull();
        });
        assertThat(rows.stream().map(r -> r.get("pcds")).distinct()).hasSize(rows.size());
    }

    @Test
    void resolvesTheSpecialRows() {
        PostcodeResolver resolver = new PostcodeResolver(directory);
        Reconciliation r = new Reconciliation("postcode");
        String terminated = resolver.resolve(FictionalPostcodeDirectoryGenerator.TERMINATED, 1.0, r);
        assertThat(geography.area(terminated).orElseThrow().ladCode())
                .isEqualTo(FictionalPostcodeDirectoryGenerator.CAMDEN);
        assertThat(resolver.resolve(FictionalPostcodeDirectoryGenerator.PSEUDO, 1.0, r))
                .isNull();
        for (String outside : OUTSIDE_LONDON) {
            assertThat(resolver.resolve(outside, 1.0, r)).isNull();
        }
        assertThat(r.noted(PostcodeResolver.TERMINATED_POSTCODE)).isEqualTo(1);
        assertThat(r.unmatched(Reconciliation.PSEUDO_CODE)).isEqualTo(1);
        assertThat(r.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(4);
    }

    @Test
    void committedFileMatchesItsGeneratorAndStaysSmall(@TempDir Path dir) throws IOException {
        Path regenerated = dir.resolve("nspl_sample.csv");
        FictionalPostcodeDirectoryGenerator.write(
                RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.LOOKUP),
                RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.CENTROIDS),
                regenerated);
        assertThat(Files.mismatch(regenerated, sample)).isEqualTo(-1L);
        assertThat(Files.size(sample)).isLessThan(300_000L);
    }
}
