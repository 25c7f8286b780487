package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.source.SchemaMismatchException;
import org.junit.jupiter.api.Test;

class HeaderAliasesTest {

    private static final Map<String, List<String>> KEPT =
            new LinkedHashMap<>(Map.of("postcode", List.of("Post Code", "PCODE")));

    static {
        KEPT.put("date", List.of("Date of Application", "Application Date"));
    }

    @Test
    void keptColumnsAreFoundByAnyOfTheirNamesIgnoringCaseSpacesAndPunctuation() {
        List<String> header = List.of("Ref", "Full Name", "POST-CODE", " application_date ");

        assertThat(HeaderAliases.positions("f", "x.csv", header, KEPT)).containsExactly(2, 3);
    }

    @Test
    void theCanonicalNameItselfIsAnAlias() {
        assertThat(HeaderAliases.positions("f", "x.csv", List.of("Date", "Postcode"), KEPT))
                .containsExactly(1, 0);
    }

    @Test
    void aMissingColumnNamesWhatWasLookedForButNotTheFilesOwnColumns() {
        List<String> header = List.of("Applicant Name", "Home Address", "Application Date");

        assertThatThrownBy(() -> HeaderAliases.positions("camden-housing-register", "2024-02.csv", header, KEPT))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessage(
                        "camden-housing-register: 2024-02.csv has no column for 'postcode' (looked for Post Code, PCODE)")
                .message()
                .doesNotContain("Applicant Name", "Home Address");
    }
}
