package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void blankTextIsRefusedWithOneLine() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u00a0"}) {
            assertThatThrownBy(() -> new SearchRequest(blank, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("search text is empty: type a word, an area code or a postcode");
        }
    }

    @Test
    void textIsNormalisedBeforeItIsMeasured() {
        assertThat(new SearchRequest("  rent\tarrears \n\u0000 tottenham  ", 10).text())
                .isEqualTo("rent arrears tottenham");
        assertThat(new SearchRequest("ｃａｍｄｅｎ", 10).text()).isEqualTo("camden");
    }

    @Test
    void textLongerThanTwoHundredCharactersIsRefused() {
        assertThat(new SearchRequest("a".repeat(200), 1).text()).hasSize(200);
        assertThatThrownBy(() -> new SearchRequest("a".repeat(201), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search text is 201 characters long; at most 200 are searched");
        assertThatThrownBy(() -> new SearchRequest("a".repeat(1_000_000), 1))
                .hasMessage("search text is 1000000 characters long; at most 200 are searched");
    }

    @Test
    void theLimitIsOneToAHundred() {
        assertThat(new SearchRequest("camden", 1).limit()).isEqualTo(1);
        assertThat(new SearchRequest("camden", 100).limit()).isEqualTo(100);
        assertThat(SearchRequest.of("camden").limit()).isEqualTo(10);
        assertThatThrownBy(() -> new SearchRequest("camden", 0)).hasMessage("limit must be 1 to 100, not 0");
        assertThatThrownBy(() -> new SearchRequest("camden", 101)).hasMessage("limit must be 1 to 100, not 101");
    }
}
