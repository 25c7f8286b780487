package london.observatory.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptors dropped in a folder join the shipped ones; clashes and unknown ids are errors, not surprises. */
class FeedCatalogFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderDescriptorJoinsTheCatalogueAfterTheShippedFeedsAndTakesItsIdFromItsFileName() throws IOException {
        write("islington-rough-sleeping.json", descriptor(null, "rough-sleepers"));

        List<String> ids = FeedCatalog.feedIds(dir);
        FeedCatalog all = FeedCatalog.load(Map.of(), dir);

        assertThat(ids)
                .hasSize(FeedCatalog.feedIds().size() + 1)
                .endsWith("islington-rough-sleeping")
                .startsWith(FeedCatalog.feedIds().get(0));
        assertThat(all.feeds()).extracting(FeedDescriptor::id).isEqualTo(ids);
        FeedDescriptor feed = all.find("islington-rough-sleeping").orElseThrow();
        assertThat(feed.source().url()).isEqualTo("file:data-samples/islington/rough-sleeping.csv");
        assertThat(feed.indicator("rough-sleepers").isCount()).isTrue();
    }

    @Test
    void oneFolderFeedCanBeAskedForAndPointedElsewhere() throws IOException {
        write("islington-rough-sleeping.json", descriptor("islington-rough-sleeping", "rough-sleepers"));

        FeedCatalog catalog = FeedCatalog.load(Map.of("islington-rough-sleeping", "https://example.org/rough.csv"), dir)
                .only(List.of("islington-rough-sleeping"));

        assertThat(catalog.feeds())
                .singleElement()
                .extracting(f -> f.source().url())
                .isEqualTo("https://example.org/rough.csv");
    }

    @Test
    void noFolderMeansTheShippedFeedsOnly() {
        assertThat(FeedCatalog.feedIds(null)).isEqualTo(FeedCatalog.feedIds());
        assertThat(FeedCatalog.load(Map.of(), null).feeds())
                .hasSize(FeedCatalog.feedIds().size());
    }

    @Test
    void aFolderDescriptorWithAShippedIdIsRefusedNamingBothPlaces() throws IOException {
        Path file = write("nomis-claimant-count.json", descriptor(null, "rough-sleepers"));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir))
                .isInstanceOf(DescriptorException.class)
                .hasMessage(file + ": feed nomis-claimant-count is already defined by "
                        + "observatory/feeds/nomis-claimant-count.json (class path); give the new feed another id, "
                        + "or remove one of them");
    }

    @Test
    void anIdThatContradictsTheFileNameIsRefused() throws IOException {
        Path file = write("islington-rough-sleeping.json", descriptor("islington-rough-sleepers", "rough-sleepers"));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir))
                .hasMessage(file + ": $.id: is \"islington-rough-sleepers\" but the file is "
                        + "islington-rough-sleeping.json (a feed's id is its file name)");
    }

    @Test
    void aBadFolderDescriptorFailsTheLoadWithOneLine() throws IOException {
        Path file = write(
                "islington-rough-sleeping.json",
                descriptor(null, "rough-sleepers").replace("\"cadence\"", "\"cadance\""));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir))
                .hasMessageStartingWith(file + ": $.cadance: unknown key (allowed: id, title, format, source,")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMappingForAnIndicatorTheFeedDoesNotDeclareIsRefused() throws IOException {
        Path file = write(
                "islington-rough-sleeping.json",
                descriptor(null, "rough-sleepers")
                        .replace("\"indicators\": {\"rough-sleepers\"", "\"indicators\": {\"rough-sleeper\""));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir))
                .hasMessage(file + ": $.mapping.indicators['rough-sleeper']: no indicator rough-sleeper in "
                        + "$.indicators (declared: rough-sleepers)");
    }

    @Test
    void anIndicatorIdAlreadyProducedByAnotherFeedIsRefused() throws IOException {
        Path file = write("islington-claimants.json", descriptor(null, "claimant-count"));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir))
                .hasMessage(file + ": $.indicators[0].id: indicator claimant-count is also produced by feed "
                        + "nomis-claimant-count (observatory/feeds/nomis-claimant-count.json)");
    }

    @Test
    void anUnknownFeedIdOrUrlOverrideIsAnErrorListingTheKnownIds() throws IOException {
        write("islington-rough-sleeping.json", descriptor(null, "rough-sleepers"));
        String known = String.join(", ", FeedCatalog.feedIds(dir));

        assertThatThrownBy(() -> FeedCatalog.load(Map.of(), dir).only(List.of("nomis-claimant-cont")))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("observatory.feed-ids: no feed nomis-claimant-cont (known: " + known + ")");
        assertThatThrownBy(() -> FeedCatalog.load(Map.of("islington-rough", "file:x.csv"), dir))
                .hasMessage("observatory.feeds.islington-rough.url: no feed islington-rough (known: " + known + ")");
        assertThat(known).endsWith("ons-population-mid2020-lsoa11, islington-rough-sleeping");
    }

    @Test
    void aFolderThatIsNotThereIsAnError() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> FeedCatalog.feedIds(missing))
                .hasMessage("observatory.feeds-dir: " + missing + " is not a folder");
    }

    @Test
    void otherFilesInTheFolderAreIgnoredButAFileNameMustBeAnId() throws IOException {
        write("README.txt", "notes");
        assertThat(FeedCatalog.feedIds(dir)).isEqualTo(FeedCatalog.feedIds());

        Path file = write("Rough Sleeping.json", descriptor(null, "rough-sleepers"));
        assertThatThrownBy(() -> FeedCatalog.feedIds(dir))
                .hasMessageStartingWith(file + ": a descriptor's file name is its feed id");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** A small CSV feed of borough counts, as an analyst would write one. */
    private static String descriptor(String id, String indicatorId) {
        String idLine = id == null ? "" : "\"id\": \"" + id + "\",";
        return """
                {%s
                 "title": "Rough sleepers seen by outreach (Islington)",
                 "format": "csv",
                 "source": {"family": "borough", "publisher": "London Borough of Islington",
                            "url": "file:data-samples/islington/rough-sleeping.csv",
                            "webpage": "https://www.islington.gov.uk"},
                 "maxBadRowShare": 0.01,
                 "licence": "Open Government Licence v3.0",
                 "cadence": "quarterly",
                 "nextRelease": "Quarterly",
                 "nativeGeography": "lad",
                 "indicators": [{"id": "%s", "title": "Rough sleepers", "theme": "housing",
                                 "description": "People seen sleeping rough in the quarter.",
                                 "unit": "people", "measureType": "count", "keywords": ["rough sleeping"]}],
                 "mapping": {
                   "area": {"column": "Borough code", "level": "lad"},
                   "period": {"column": "Quarter", "format": "MMM-MMM yyyy"},
                   "indicators": {"%s": {"value": "People"}}
                 }}""".formatted(idLine, indicatorId, indicatorId);
    }
}
