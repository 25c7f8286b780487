package london.observatory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query-time synonym list ({@code observatory/search/synonyms.txt} in the schemas module, Solr format),
 * parsed with the index analyzer so that its words meet the indexed terms in the same form. Also keeps each
 * phrase as the file writes it, so a result can say {@code synonym: jobless → claimant count} rather than show
 * the stems ({@code claimant count} is stored as {@code claimant count}, {@code indices of deprivation} as
 * {@code indic of depriv}).
 */
final class Synonyms {

    static final String RESOURCE = "observatory/search/synonyms.txt";

    private final SynonymMap map;
    private final Map<String, String> written;

    private Synonyms(SynonymMap map, Map<String, String> written) {
        this.map = map;
        this.written = written;
    }

    /** The shipped list, from the class path. */
    static Synonyms shipped() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (it ships in the schemas jar)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A list in Solr format; {@code name} says where it came from in an error. */
    static Synonyms parse(String text, String name) {
        Analyzer analyzer = SearchAnalysis.plain();
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try (Reader reader = new StringReader(text)) {
            parser.parse(reader);
            return new Synonyms(parser.build(), writtenForms(text, analyzer));
        } catch (ParseException e) {
            throw new IllegalArgumentException(name + ": line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + name, e);
        }
    }

    /** Analysed phrase (terms joined by spaces) → the phrase as first written in the file. */
    private static Map<String, String> writtenForms(String text, Analyzer analyzer) {
        Map<String, String> written = new HashMap<>();
        for (String line : text.lines().toList()) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            for (String phrase : rule.split("=>|,")) {
                String shown = phrase.strip();
                if (!shown.isEmpty()) {
                    written.putIfAbsent(key(SearchAnalysis.terms(analyzer, shown)), shown);
                }
            }
        }
        return written;
    }

    static String key(List<String> terms) {
        return String.join(" ", terms);
    }

    SynonymMap map() {
        return map;
    }

    /** How the file writes the phrase whose analysed terms are {@code terms}; the terms themselves if unknown. */
    String written(List<String> terms) {
        return written.getOrDefault(key(terms), key(terms));
    }
}
