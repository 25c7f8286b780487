package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.List;
import london.observatory.search.AreaRef;
import london.observatory.search.SearchRequest;
import london.observatory.search.SearchResponse;
import london.observatory.search.SearchResult;
import london.observatory.web.release.ServedData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: indicators and places, ranked, each with why it matched. */
@RestController
final class SearchApi {

    record Result(
            String kind,
            String id,
            String name,
            String level,
            List<AreaRef> parents,
            List<String> matched,
            double score) {}

    record Found(String release, boolean sample, String query, List<String> notices, List<Result> results) {}

    @GetMapping("/api/search")
    @Operation(
            summary = "Search indicators and places",
            description = "Words (\"rent arrears Tottenham\"), an area code or a postcode; best first.")
    Found search(
            ServedData data,
            @Parameter(description = "what to look for, 1 to 200 characters") @RequestParam String q,
            @Parameter(description = "results, 1 to 100") @RequestParam(defaultValue = "10") int limit)
            throws IOException {
        SearchRequest request;
        try {
            request = new SearchRequest(q, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        SearchResponse response = data.release().search().search(request);
        List<Result> results = response.results().stream()
                // the index holds no withheld indicator; checking against the database read keeps it so
                .filter(r -> r.kind() == SearchResult.Kind.AREA
                        || data.tier().catalogue().get(r.id()).isPresent())
                .map(r -> new Result(r.kind().code(), r.id(), r.name(), r.level(), r.parents(), r.matched(), r.score()))
                .toList();
        return new Found(data.release().id(), data.release().sample(), response.query(), response.notices(), results);
    }
}
