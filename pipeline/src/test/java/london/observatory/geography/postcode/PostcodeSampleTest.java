package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample directory in made-up-london/geography (a test fixture): exact counts against the sample geography, and it matches its generator. */
class PostcodeSampleTest {

    private static Path sample;
    private static Geography geography;
    private static PostcodeDirectory directory;

    @BeforeAll
    static void load() {
        sample = RepoFiles.madeUpLondon("geography/" + SamplePostcodeDirectoryGenerator.FILE);
        geography = RepoFiles.madeUpGeography();
        directory = PostcodeDirectory.load(sample, geography);
    }

    @Test
    void countsEveryKindOfPostcode() {
        assertThat(directory.generation()).isEqualTo(DirectoryGeneration.LEGACY_NSPL);
        // 154 LSOAs × 3 live + 1 terminated on the spine; 1 pseudo; 4 outside London.
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(468, 463, 1, 1, 4, 0, 0, 0));
    }

    @Test
    void everySampleLsoaHasPostcodes() throws IOException {
        Map<String, Long> perLsoa;
        try (var lines = Files.lines(sample)) {
            perLsoa = lines.skip(1)
                    .map(line -> line.split(",")[21].replace("\"", ""))
                    .filter(geography::isLsoa21)
                    .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        }
        assertThat(perLsoa).hasSize(geography.count(AreaLevel.LSOA21));
        assertThat(perLsoa.values()).allMatch(n -> n >= SamplePostcodeDirectoryGenerator.POSTCODES_PER_LSOA);
    }

    @Test
    void resolvesTheSpecialRows() {
        PostcodeResolver resolver = new PostcodeResolver(directory);
        Reconciliation r = new Reconciliation("postcode");
        assertThat(resolver.resolve("w1a0ax", 1.0, r)).isEqualTo("E01990151");
        assertThat(resolver.resolve("E15 9ZZ", 1.0, r)).isNull();
        assertThat(resolver.resolve("ls1 1ur", 1.0, r)).isNull();
        assertThat(r.noted(PostcodeResolver.TERMINATED_POSTCODE)).isEqualTo(1);
        assertThat(r.unmatched(Reconciliation.PSEUDO_CODE)).isEqualTo(1);
        assertThat(r.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
    }

    @Test
    void committedFileMatchesItsGeneratorAndStaysSmall(@TempDir Path dir) throws IOException {
        Path regenerated = dir.resolve(SamplePostcodeDirectoryGenerator.FILE);
        SamplePostcodeDirectoryGenerator.write(
                RepoFiles.madeUpLondon("geography/" + SamplePostcodeDirectoryGenerator.LOOKUP), regenerated);
        assertThat(Files.mismatch(regenerated, sample)).isEqualTo(-1L);
        assertThat(Files.size(sample)).isLessThan(200_000L);
    }
}
