package london.observatory.search;

import java.util.List;

/**
 * What a search found: the text searched (normalised), the results best first, and notices for what could not
 * be searched as asked (a postcode not in London's directory, an area code no area has).
 */
public record SearchResponse(String query, List<SearchResult> results, List<String> notices) {

    public SearchResponse {
        results = List.copyOf(results);
        notices = List.copyOf(notices);
    }
}
