package london.observatory.jobs.read;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.release.ReleaseLayout;
import london.observatory.search.AreaRef;
import london.observatory.search.SearchIndex;
import london.observatory.search.SearchRequest;
import london.observatory.search.SearchResponse;
import london.observatory.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code observatory search "<text>" [--limit N] [--json] [--release <id>]}: indicators and places that match,
 * ranked, each with why it matched, from a release's search index. A postcode goes to the configured postcode
 * directory (loaded only for such a query) and answers with its LSOA, ward and borough.
 */
@Command(
        name = "search",
        description = "Find indicators and places: words, an area code or a postcode.",
        mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for (quote it, or give it as words).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "Results to show, 1 to 100 (default 10).")
    int limit = SearchRequest.DEFAULT_LIMIT;

    @Option(names = "--json", description = "Answer in JSON, for a program.")
    boolean json;

    @Option(names = "--release", paramLabel = "ID", description = "Search this kept release (default: the latest).")
    String release;

    private final List<String> settings;
    private final PrintStream out;

    SearchCommand(List<String> settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() throws java.io.IOException {
        ObservatoryProperties properties = ReadSettings.bind(settings);
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", words), limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        ReleaseChoice choice = ReleaseChoice.of(properties.dataDir(), release);
        try (SearchIndex index =
                SearchIndex.open(choice.dir().resolve(ReleaseLayout.SEARCH), ReadPostcodes.of(properties))) {
            SearchResponse response = index.search(request);
            if (json) {
                out.println(JSON.writeValueAsString(asJson(choice.id(), response)));
            } else {
                print(choice.id(), response);
            }
        }
        return 0;
    }

    private void print(String releaseId, SearchResponse response) {
        response.notices().forEach(notice -> out.println("note: " + notice));
        if (response.results().isEmpty()) {
            out.println("nothing found for \"" + response.query() + "\" (release " + releaseId + ")");
            return;
        }
        int rank = 1;
        for (SearchResult result : response.results()) {
            String where = result.level() == null ? "" : " (" + result.level() + parents(result.parents()) + ")";
            out.printf(
                    "%2d  %-9s  %-38s  %s%s%n      %s%n",
                    rank++,
                    result.kind().code(),
                    result.id(),
                    result.name(),
                    where,
                    String.join("; ", result.matched()));
        }
        out.println("(release " + releaseId + ")");
    }

    private static String parents(List<AreaRef> parents) {
        List<String> names = new ArrayList<>();
        parents.forEach(parent -> names.add(parent.name()));
        return names.isEmpty() ? "" : ", in " + String.join(", ", names);
    }

    private static Map<String, Object> asJson(String releaseId, SearchResponse response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("release", releaseId);
        json.put("query", response.query());
        json.put("notices", response.notices());
        List<Map<String, Object>> results = new ArrayList<>();
        for (SearchResult result : response.results()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", result.kind().code());
            r.put("id", result.id());
            r.put("name", result.name());
            r.put("level", result.level());
            r.put("parents", result.parents());
            r.put("matched", result.matched());
            r.put("score", result.score());
            results.add(r);
        }
        json.put("results", results);
        return json;
    }
}
