package london.observatory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text becomes terms, the same for indexed text, queries and the synonym list: words (Unicode rules),
 * possessives dropped, lower case, accents folded ({@code Bromley-by-Bow}, {@code Café}), then Porter stems,
 * so that {@code homeless} finds {@code homelessness} and {@code overcrowding} finds {@code overcrowded}. Stop
 * words are kept here (a synonym such as {@code out of work} needs its {@code of}) and left out later, when a
 * query is built ({@link StopTerms}).
 */
final class SearchAnalysis {

    private SearchAnalysis() {}

    /** Index analyzer, also used to parse the synonym list. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, stems(words));
            }
        };
    }

    /** Query analyzer: the same chain, then the synonyms, as a token graph (a phrase may stand for a word). */
    static Analyzer withSynonyms(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new SynonymGraphFilter(stems(words), synonyms, true));
            }
        };
    }

    private static TokenStream stems(Tokenizer words) {
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)));
        return new PorterStemFilter(new StemmerOverrideFilter(folded, OVERRIDES));
    }

    /**
     * Where Porter parts words that belong together: it stems {@code unemployed} to {@code unemploi} but
     * {@code unemployment} to {@code unemploy}.
     */
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides(Map.of(
            "unemployed", "unemploy",
            "employed", "employ"));

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> stems) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        stems.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the stem overrides", e);
        }
    }

    /** One analysed word and where it came from in the text. */
    record Token(String term, int start, int end) {}

    /** The tokens of {@code text} under {@code analyzer}, in order. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text in memory", e);
        }
        return tokens;
    }

    /** Just the terms of {@code text}. */
    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }
}
