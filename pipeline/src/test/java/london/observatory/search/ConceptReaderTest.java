package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query's words as concepts: the shipped synonym list, stop words, phrases. */
class ConceptReaderTest {

    private static final ConceptReader READER = new ConceptReader(Synonyms.shipped());

    private static List<String> shown(Concept concept) {
        return concept.alternatives().stream().map(Concept.Alternative::shown).toList();
    }

    @Test
    void aPlainWordIsOneConceptTypedAsIs() {
        List<Concept> concepts = READER.read("Tottenham");

        assertThat(concepts)
                .containsExactly(new Concept(
                        "Tottenham",
                        List.of(new Concept.Alternative(List.of("tottenham"), Concept.Source.TYPED, "Tottenham", 1f))));
    }

    @Test
    void plainWordsPeopleUseReachTheOfficialWords() {
        Concept jobless = READER.read("jobless").get(0);
        assertThat(jobless.alternatives().get(0).source()).isEqualTo(Concept.Source.TYPED);
        assertThat(shown(jobless)).contains("jobless", "claimant count", "out of work");

        assertThat(shown(READER.read("arrears").get(0))).contains("insolvency", "council tax arrears");
        assertThat(shown(READER.read("poverty").get(0))).contains("index of multiple deprivation", "imd");
        assertThat(shown(READER.read("benefits").get(0))).contains("universal credit");
        assertThat(shown(READER.read("anxiety").get(0))).contains("depression", "mental health");
        assertThat(shown(READER.read("overcrowding").get(0))).contains("overcrowding");
        // homeless and homelessness are one stem, so the typed word already finds both.
        assertThat(shown(READER.read("homeless").get(0)))
                .contains("homeless", "relief duty", "temporary accommodation");
    }

    @Test
    void aPhraseWithSynonymsIsOneConceptAndItsStopWordsAreNotSearched() {
        List<Concept> concepts = READER.read("out of work in hackney");

        assertThat(concepts).extracting(Concept::text).containsExactly("out of work", "hackney");
        Concept.Alternative typed = concepts.get(0).alternatives().get(0);
        assertThat(typed.terms()).containsExactly("out", "work");
        assertThat(typed.source()).isEqualTo(Concept.Source.TYPED);
        assertThat(concepts.get(0).alternatives())
                .filteredOn(a -> a.shown().equals("claimant count"))
                .singleElement()
                .satisfies(a -> assertThat(a.terms()).containsExactly("claimant", "count"))
                .satisfies(a -> assertThat(a.weight()).isEqualTo(ConceptReader.SYNONYM_WEIGHT));
    }

    @Test
    void stopWordsAloneAndPunctuationAloneAreNoConcepts() {
        assertThat(READER.read("of the")).isEmpty();
        assertThat(READER.read("*?! :")).isEmpty();
    }

    @Test
    void aSynonymListThatDoesNotParseNamesItsLine() {
        assertThatThrownBy(() -> Synonyms.parse("jobless => claimant count\n => nothing\n", "test.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.txt: line ");
    }
}
