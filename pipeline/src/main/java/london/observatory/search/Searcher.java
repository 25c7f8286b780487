package london.observatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * One search, start to finish: exact identifiers out of the text, the words read into concepts (synonyms,
 * stop words, spelling), each kind searched with BM25, then one ranking. Kinds are ranked together by score as
 * a share of their own best (BM25 scores of titles and of place names are not on one scale), scaled by how much
 * of the query each answers; ties go to exact identifiers, then indicators. Thread-safe: one per open index.
 */
final class Searcher {

    private final IndexSearcher searcher;
    private final ConceptReader concepts;
    private final Spelling spelling;
    private final PlaceWords places;
    private final ExactAreas exact;

    Searcher(IndexSearcher searcher, Synonyms synonyms, Function<String, Optional<String>> postcodeToLsoa21) {
        this.searcher = searcher;
        this.concepts = new ConceptReader(synonyms);
        List<String> searched = new ArrayList<>();
        SearchFields.INDICATOR.forEach(f -> searched.add(f.field()));
        SearchFields.AREA.forEach(f -> searched.add(f.field()));
        this.spelling = new Spelling(searcher.getIndexReader(), searched);
        this.places = new PlaceWords(searcher.getIndexReader());
        this.exact = new ExactAreas(searcher, postcodeToLsoa21);
    }

    SearchResponse search(SearchRequest request) throws IOException {
        Identifiers identifiers = Identifiers.in(request.text());
        List<Concept> read = places.mark(spelling.correct(concepts.read(identifiers.words())));
        List<String> notices = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        exact.find(identifiers, candidates, notices);
        int limit = request.limit();
        searchKind(ConceptQueries.indicators(read), SearchResult.Kind.INDICATOR, read, limit, candidates);
        searchKind(ConceptQueries.areas(read), SearchResult.Kind.AREA, read, limit + candidates.size(), candidates);

        int parts = read.size() + identifiers.count();
        List<Candidate> ranked = ranked(candidates, parts);
        List<SearchResult> results = new ArrayList<>();
        for (Candidate candidate : ranked.subList(0, Math.min(limit, ranked.size()))) {
            results.add(result(candidate, parts));
        }
        return new SearchResponse(request.text(), results, notices);
    }

    private void searchKind(
            ConceptQueries.KindQuery query, SearchResult.Kind kind, List<Concept> read, int n, List<Candidate> out)
            throws IOException {
        if (query.query() == null) {
            return;
        }
        TopDocs top = searcher.search(query.query(), n);
        if (top.scoreDocs.length == 0) {
            return;
        }
        Set<Integer> named = new HashSet<>();
        out.forEach(c -> named.add(c.doc()));
        float best = top.scoreDocs[0].score;
        MatchReasons reasons = new MatchReasons(searcher, query.clauses());
        int rank = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            if (named.contains(hit.doc)) {
                continue;
            }
            MatchReasons.Reasons why = reasons.of(hit.doc, (field, term) -> writtenAs(hit.doc, field, term));
            double answers = 0;
            for (int concept : why.concepts()) {
                answers +=
                        kind == SearchResult.Kind.INDICATOR && read.get(concept).place() ? 0.5 : 1;
            }
            out.add(new Candidate(hit.doc, kind, hit.score / best, false, why.reasons(), answers, rank++));
        }
    }

    private static List<Candidate> ranked(List<Candidate> candidates, int parts) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score(parts))
                .thenComparing(c -> !c.exact())
                .thenComparing(Candidate::kind)
                .thenComparingInt(Candidate::rank));
        return ranked;
    }

    private SearchResult result(Candidate candidate, int parts) throws IOException {
        Document doc = searcher.storedFields().document(candidate.doc());
        List<AreaRef> parents = new ArrayList<>();
        for (String parent : doc.getValues(SearchFields.PARENT)) {
            String[] p = parent.split("\t", 3);
            parents.add(new AreaRef(p[1], p[2], p[0]));
        }
        return new SearchResult(
                candidate.kind(),
                doc.get(SearchFields.ID),
                doc.get(SearchFields.DISPLAY),
                doc.get(SearchFields.LEVEL),
                parents,
                candidate.reasons(),
                candidate.score(parts));
    }

    /** The word of the document's stored {@code field} that analyses to {@code term} ({@code lewisham} → Lewisham). */
    private String writtenAs(int docId, String field, String term) {
        try {
            for (String value : searcher.storedFields().document(docId).getValues(field)) {
                for (SearchAnalysis.Token token : SearchAnalysis.tokens(concepts.plain(), value)) {
                    if (token.term().equals(term)) {
                        return value.substring(token.start(), token.end());
                    }
                }
            }
        } catch (IOException e) {
            return term;
        }
        return term;
    }
}
