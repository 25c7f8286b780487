package london.observatory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries built from {@link Concept}s, term by term (user text never meets a query parser). Each kind is
 * searched on its own fields: a concept is the best of its alternatives in any field (a disjunction, with a
 * little credit for matching in more fields), concepts add up, and BM25 scores each field. Every
 * alternative-in-a-field is kept as a {@link Clause}, so a result can say which one matched.
 */
final class ConceptQueries {

    /** A concept's score is its best alternative's, plus this share of the others'. */
    private static final float TIE_BREAKER = 0.2f;

    /**
     * Areas of a coarser level first when the names match as well: a borough before its wards, a ward before
     * the MSOAs and LSOAs named after the borough ({@code Camden 001A}).
     */
    static final Map<String, Float> LEVEL_BOOST =
            Map.of("region", 1.4f, "lad", 1.3f, "ward", 1.15f, "msoa21", 1.0f, "lsoa21", 0.9f);

    /** One alternative of one concept in one field, as queried; {@code fieldBoost} is the field's strength. */
    record Clause(
            int concept,
            String conceptText,
            Concept.Alternative alternative,
            String field,
            float fieldBoost,
            Query query) {}

    /** A kind's query and its clauses; the query is null when nothing of the kind could match. */
    record KindQuery(Query query, List<Clause> clauses) {}

    private ConceptQueries() {}

    static KindQuery indicators(List<Concept> concepts) {
        List<Clause> clauses = new ArrayList<>();
        return new KindQuery(sum(concepts, SearchFields.INDICATOR, true, clauses), clauses);
    }

    /** Areas are matched by the words typed and their spelling corrections; synonyms are for topics, not places. */
    static KindQuery areas(List<Concept> concepts) {
        List<Clause> clauses = new ArrayList<>();
        Query names = sum(concepts, SearchFields.AREA, false, clauses);
        if (names == null) {
            return new KindQuery(null, clauses);
        }
        BooleanQuery.Builder byLevel = new BooleanQuery.Builder();
        LEVEL_BOOST.forEach((level, boost) -> byLevel.add(
                new BoostQuery(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(SearchFields.LEVEL, level)), Occur.FILTER)
                                .add(names, Occur.MUST)
                                .build(),
                        boost),
                Occur.SHOULD));
        return new KindQuery(byLevel.build(), clauses);
    }

    /**
     * The concepts' disjunctions added up; {@code topics} (indicators) takes synonyms and weighs place words down,
     * otherwise (areas) synonyms are left out.
     */
    private static Query sum(
            List<Concept> concepts, List<SearchFields.Weighted> fields, boolean topics, List<Clause> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (int c = 0; c < concepts.size(); c++) {
            List<Query> ways = new ArrayList<>();
            float placeWeight = topics && concepts.get(c).place() ? PlaceWords.IN_INDICATORS : 1f;
            for (Concept.Alternative alternative : concepts.get(c).alternatives()) {
                if (!topics && alternative.source() == Concept.Source.SYNONYM) {
                    continue;
                }
                for (SearchFields.Weighted field : fields) {
                    Query query = allTerms(field.field(), alternative.terms());
                    // BM25 adds up the terms of an alternative; divided by their number, a two-word synonym
                    // (claimant count) weighs as much as one word (unemployment), not twice as much.
                    float boost = field.boost()
                            * alternative.weight()
                            / alternative.terms().size()
                            * placeWeight;
                    clauses.add(
                            new Clause(c, concepts.get(c).text(), alternative, field.field(), field.boost(), query));
                    ways.add(new BoostQuery(query, boost));
                }
            }
            if (!ways.isEmpty()) {
                all.add(new DisjunctionMaxQuery(ways, TIE_BREAKER), Occur.SHOULD);
                any = true;
            }
        }
        return any ? all.build() : null;
    }

    /** Every term in the field, in any order (a keyword list is several values: {@code council tax}, {@code arrears}). */
    private static Query allTerms(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (String term : terms) {
            every.add(new TermQuery(new Term(field, term)), Occur.MUST);
        }
        return every.build();
    }
}
