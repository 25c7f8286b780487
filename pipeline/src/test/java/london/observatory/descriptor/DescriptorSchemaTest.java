package london.observatory.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import london.observatory.RepoFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The descriptor schema refuses what Jackson would silently ignore or what would fail only deep in a run,
 * and says what is wrong in one line: the file, the key's JSON path, what is allowed there.
 */
class DescriptorSchemaTest {

    private static final String FILE = "feeds/x.json";

    @Test
    void everyDescriptorInTheIndexValidates() {
        List<String> problems = new ArrayList<>();
        for (String id : FeedCatalog.feedIds()) {
            DescriptorSchema.problems(tree(FeedCatalog.FOLDER + id + ".json"))
                    .forEach(p -> problems.add(id + ": " + p));
        }

        assertThat(FeedCatalog.feedIds()).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /** The analysts' reference page starts from a whole descriptor; it must be one the observatory accepts. */
    @Test
    void theReferencePagesWholeExampleValidates() throws IOException {
        String text = Files.readString(RepoFiles.root().resolve("schemas/README.md"));
        int start = text.indexOf("```json\n", text.indexOf("## A whole example")) + "```json\n".length();
        JsonNode example = JsonMapper.shared().readTree(text.substring(start, text.indexOf("```", start)));

        assertThat(DescriptorSchema.problems(example)).isEmpty();
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeysAllowedThere() {
        ObjectNode descriptor = sample();
        descriptor.set("sourse", descriptor.remove("source"));

        assertThatThrownBy(() -> DescriptorSchema.check(FILE, descriptor))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("feeds/x.json: $.sourse: unknown key (allowed: id, title, format, source, columns, "
                        + "maxBadRowShare, dataTests, licence, cadence, nextRelease, lateAfterDays, nativeGeography, accessTier, encoding, "
                        + "apportionDown, indicators, mapping, records, disclosure) (and 1 more)");
    }

    @Test
    void aMisspeltKeyDeepInTheMappingIsNamedByItsPath() {
        ObjectNode descriptor = sample();
        ObjectNode period = (ObjectNode) descriptor.get("mapping").get("period");
        period.set("formt", period.remove("format"));
        ((ObjectNode) descriptor.get("mapping").get("area")).put("levelColum", "Area Type");

        assertThat(DescriptorSchema.problems(descriptor))
                .contains(
                        "$.mapping.area.levelColum: unknown key (allowed: column, level, levelColumn, levels)",
                        "$.mapping.period.formt: unknown key (allowed: column, format, formats, type, fixed)",
                        "$.mapping.period: needs exactly one of format, formats (with column)");
    }

    @Test
    void aPeriodColumnWrittenSeveralWaysListsItsFormats() {
        ObjectNode descriptor = sample();
        ObjectNode period = (ObjectNode) descriptor.get("mapping").get("period");
        period.remove("format");
        period.putArray("formats").add("MMM-yy").add("MMMM yyyy");

        assertThat(DescriptorSchema.problems(descriptor)).isEmpty();
    }

    @Test
    void formatsAreCheckedOneByOneAndNeverBesideFormat() {
        ObjectNode descriptor = sample();
        ObjectNode period = (ObjectNode) descriptor.get("mapping").get("period");
        period.putArray("formats").add("MMM-yy").add("MMM");

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly(
                        "$.mapping.period.formats[1]: \"MMM\" is not allowed here (a named period format or a date "
                                + "pattern with the year in it)",
                        "$.mapping.period: needs exactly one of format, formats (with column)");
    }

    @Test
    void aValueOutsideItsListSaysWhichValuesAreAllowed() {
        ObjectNode descriptor = sample();
        ((ObjectNode) descriptor.get("mapping").get("period")).put("type", "mnth");

        assertThatThrownBy(() -> DescriptorSchema.check(FILE, descriptor))
                .hasMessage("feeds/x.json: $.mapping.period.type: must be one of "
                        + "[day, month, quarter, year, financial-year, census], not \"mnth\"");
    }

    @Test
    void anUnknownMeasureTypeIsNamedByTheIndicatorsPosition() {
        ObjectNode descriptor = sample();
        ((ObjectNode) descriptor.get("indicators").get(0)).put("measureType", "ratio");

        assertThatThrownBy(() -> DescriptorSchema.check(FILE, descriptor))
                .hasMessage("feeds/x.json: $.indicators[0].measureType: must be one of "
                        + "[count, rate, percentage, score, rank, decile], not \"ratio\"");
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        ObjectNode descriptor = sample();
        ((ObjectNode) descriptor.get("source")).remove("url");

        assertThatThrownBy(() -> DescriptorSchema.check(FILE, descriptor))
                .hasMessage("feeds/x.json: $.source.url: missing (required)");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatTypeIsWanted() {
        ObjectNode descriptor = sample();
        descriptor.put("maxBadRowShare", "1%");

        assertThatThrownBy(() -> DescriptorSchema.check(FILE, descriptor))
                .hasMessage("feeds/x.json: $.maxBadRowShare: must be a number, not a string");
    }

    @Test
    void aPatternIsExplainedInWords() {
        ObjectNode descriptor = sample();
        descriptor.put("id", "Depression GP");
        ((ObjectNode) descriptor.get("source")).put("url", "ftp://example.org/x.csv");

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly(
                        "$.id: \"Depression GP\" is not allowed here (lower-case letters, digits, '.', '_' and '-')",
                        "$.source.url: \"ftp://example.org/x.csv\" is not allowed here (an https:, http: or file: URL)");
    }

    @Test
    void aKeyAFormatNeedsIsNamedAsSuch() {
        ObjectNode descriptor = (ObjectNode) tree(FeedCatalog.FOLDER + "datastore-personal-insolvency.json");
        ((ObjectNode) descriptor.get("source")).remove("dataset");

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly("$.source.dataset: missing (required for this format)");
    }

    @Test
    void columnNamesWithSpacesAreQuotedInThePath() {
        ObjectNode descriptor = sample();
        ((ObjectNode) descriptor.get("mapping").get("keep"))
                .putArray("Category Type")
                .add(1);

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly("$.mapping.keep['Category Type'][0]: must be a string, not an integer");
    }

    @Test
    void choicesSayWhichKeysWouldDo() {
        ObjectNode descriptor = sample();
        ((ObjectNode) descriptor.get("mapping").get("area")).put("level", "lad");
        ObjectNode columns =
                (ObjectNode) descriptor.get("mapping").get("indicators").get("depression-prevalence-gp");
        columns.remove("value");
        columns.remove("numerator");

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly(
                        "$.mapping.area: needs exactly one of level, levelColumn",
                        "$.mapping.indicators['depression-prevalence-gp']: needs one of value, numerator");
    }

    @Test
    void aRecordLevelFeedNeedsRecordsAndAWayToPlaceThem() {
        ObjectNode descriptor = (ObjectNode) tree(FeedCatalog.FOLDER + "camden-housing-register.json");
        ObjectNode columns = (ObjectNode) descriptor.get("records").get("columns");
        columns.remove("postcode");

        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly("$.records.columns: needs one of postcode, easting + northing, latitude + longitude");

        descriptor.remove("records");
        assertThat(DescriptorSchema.problems(descriptor))
                .containsExactly("$.records: missing (required for this format)");
    }

    @Test
    void aDisclosureBlockIsForRecordLevelFeedsAndNoneMustSayWhy() {
        ObjectNode records = (ObjectNode) tree(FeedCatalog.FOLDER + "camden-housing-register.json");
        records.putObject("disclosure").put("method", "none");
        ObjectNode published = sample();
        published.putObject("disclosure").put("method", "cell-key-perturbation");

        assertThat(DescriptorSchema.problems(records))
                .containsExactly("$.disclosure.reason: missing (required when method is none)");
        assertThat(DescriptorSchema.problems(published))
                .containsExactly("$.records: missing (required with disclosure)");
    }

    @Test
    void dataTestsTakeSharesAndDropsAreNormalMustSayWhy() {
        ObjectNode shares = sample();
        shares.putObject("dataTests").put("maxRowDrop", 0.1).put("maxAreaDrop", 1.5);
        ObjectNode normal = sample();
        normal.putObject("dataTests").put("dropsAreNormal", true);

        assertThat(DescriptorSchema.problems(shares))
                .containsExactly("$.dataTests.maxAreaDrop: 1.5 is out of range (maximum 1)");
        assertThat(DescriptorSchema.problems(normal))
                .containsExactly("$.dataTests.reason: missing (required when dropsAreNormal is true)");
    }

    static ObjectNode sample() {
        return (ObjectNode) tree(FeedCatalog.FOLDER + "fingertips-depression-prevalence-gp.json");
    }

    static JsonNode tree(String resource) {
        try (InputStream in = DescriptorSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
