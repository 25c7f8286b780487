package london.observatory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Reads query words into {@link Concept}s. The synonym filter turns the words into a token graph in which a
 * phrase with synonyms ({@code out of work}) is one stretch with several paths ({@code claimant count},
 * {@code unemploy}, …); the graph's articulation points cut it into stretches, and each stretch is one concept
 * whose paths are its alternatives. A path that is exactly the words typed there is {@link Concept.Source#TYPED},
 * any other a synonym. Stop words are dropped from every path, and a concept left with nothing (a lone
 * {@code of}) is dropped.
 */
final class ConceptReader {

    /** A match by a synonym counts less than a match by the word typed, so the literal match ranks first. */
    static final float SYNONYM_WEIGHT = 0.7f;

    private final Analyzer plain;
    private final Analyzer withSynonyms;
    private final Synonyms synonyms;
    private final StopTerms stop;

    ConceptReader(Synonyms synonyms) {
        this.plain = SearchAnalysis.plain();
        this.withSynonyms = SearchAnalysis.withSynonyms(synonyms.map());
        this.synonyms = synonyms;
        this.stop = new StopTerms(plain);
    }

    /** The analyzer without synonyms: how indexed text was analysed. */
    Analyzer plain() {
        return plain;
    }

    List<Concept> read(String text) {
        // Unicode word rules keep "name:lewisham" as one word (a colon joins letters in Swedish); here it parts them.
        String words = text.replace(':', ' ');
        List<SearchAnalysis.Token> typed = SearchAnalysis.tokens(plain, words);
        if (typed.isEmpty()) {
            // Punctuation only: no words, and an empty token graph has no stretches to read.
            return List.of();
        }
        List<Concept> concepts = new ArrayList<>();
        try (TokenStream stream = withSynonyms.tokenStream("", words)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            int start = 0;
            for (int end : endsOfStretches(graph)) {
                Concept concept = concept(graph, start, end, words, typed);
                if (concept != null) {
                    concepts.add(concept);
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a query in memory", e);
        }
        return concepts;
    }

    /** The end of each stretch: the articulation points, then -1 for the graph's end (as Lucene's QueryBuilder). */
    private static int[] endsOfStretches(GraphTokenStreamFiniteStrings graph) {
        int[] points = graph.articulationPoints();
        int[] ends = Arrays.copyOf(points, points.length + 1);
        ends[points.length] = -1;
        return ends;
    }

    private Concept concept(
            GraphTokenStreamFiniteStrings graph, int start, int end, String words, List<SearchAnalysis.Token> typed)
            throws IOException {
        Map<List<String>, int[]> paths = new LinkedHashMap<>();
        if (!graph.hasSidePath(start)) {
            for (AttributeSource token : graph.getTerms(start)) {
                OffsetAttribute offset = token.getAttribute(OffsetAttribute.class);
                paths.putIfAbsent(
                        List.of(token.getAttribute(CharTermAttribute.class).toString()),
                        new int[] {offset.startOffset(), offset.endOffset()});
            }
        } else {
            for (Iterator<TokenStream> it = graph.getFiniteStrings(start, end); it.hasNext(); ) {
                readPath(it.next(), paths);
            }
        }
        int from = paths.values().stream().mapToInt(o -> o[0]).min().orElse(0);
        int to = paths.values().stream().mapToInt(o -> o[1]).max().orElse(0);
        List<String> typedHere = typed.stream()
                .filter(t -> t.start() >= from && t.end() <= to)
                .map(SearchAnalysis.Token::term)
                .toList();
        String text = words.substring(from, to);
        List<Concept.Alternative> alternatives = new ArrayList<>();
        for (List<String> path : paths.keySet()) {
            List<String> terms = stop.without(path);
            if (terms.isEmpty()) {
                continue;
            }
            boolean isTyped = path.equals(typedHere);
            Concept.Alternative alternative = isTyped
                    ? new Concept.Alternative(terms, Concept.Source.TYPED, text, 1f)
                    : new Concept.Alternative(terms, Concept.Source.SYNONYM, synonyms.written(path), SYNONYM_WEIGHT);
            if (isTyped) {
                alternatives.add(0, alternative);
            } else {
                alternatives.add(alternative);
            }
        }
        return alternatives.isEmpty() ? null : new Concept(text, alternatives);
    }

    private static void readPath(TokenStream path, Map<List<String>, int[]> paths) throws IOException {
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = path.addAttribute(OffsetAttribute.class);
        List<String> terms = new ArrayList<>();
        int from = Integer.MAX_VALUE;
        int to = 0;
        path.reset();
        while (path.incrementToken()) {
            terms.add(term.toString());
            from = Math.min(from, offset.startOffset());
            to = Math.max(to, offset.endOffset());
        }
        paths.putIfAbsent(List.copyOf(terms), new int[] {from, to});
    }
}
