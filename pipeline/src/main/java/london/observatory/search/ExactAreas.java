package london.observatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Areas named exactly: by GSS code, or by a postcode, which gives its LSOA 2021 and then the LSOA's ward and
 * borough. Found before the words are searched and ranked first; what cannot be found becomes a notice.
 */
final class ExactAreas {

    private final IndexSearcher searcher;
    private final Function<String, Optional<String>> postcodeToLsoa21;

    /** @param postcodeToLsoa21 postcode (as {@code SE10 8AA}) → LSOA 2021 code on the spine; null when none is loaded */
    ExactAreas(IndexSearcher searcher, Function<String, Optional<String>> postcodeToLsoa21) {
        this.searcher = searcher;
        this.postcodeToLsoa21 = postcodeToLsoa21;
    }

    void find(Identifiers identifiers, List<Candidate> found, List<String> notices) throws IOException {
        for (String code : identifiers.areaCodes()) {
            int doc = area(code);
            if (doc < 0) {
                notices.add("no area has code " + code + " (areas are London's LSOAs, MSOAs, wards and boroughs)");
            } else {
                add(found, doc, "code: " + code);
            }
        }
        for (String postcode : identifiers.postcodes()) {
            if (postcodeToLsoa21 == null) {
                notices.add("postcode " + postcode + " was not searched: no postcode directory is loaded");
                continue;
            }
            Optional<String> lsoa = postcodeToLsoa21.apply(postcode);
            int doc = lsoa.isEmpty() ? -1 : area(lsoa.get());
            if (doc < 0) {
                notices.add("postcode " + postcode + " is not in a London neighbourhood the postcode directory knows");
                continue;
            }
            add(found, doc, "postcode: " + postcode + " → " + lsoa.get());
            for (String[] parent : parents(doc)) {
                if (parent[0].equals("ward") || parent[0].equals("lad")) {
                    int parentDoc = area(parent[1]);
                    if (parentDoc >= 0) {
                        add(
                                found,
                                parentDoc,
                                "postcode: " + postcode + " is in this "
                                        + (parent[0].equals("lad") ? "borough" : "ward"));
                    }
                }
            }
        }
    }

    private void add(List<Candidate> found, int doc, String reason) {
        if (found.stream().noneMatch(c -> c.doc() == doc)) {
            found.add(new Candidate(doc, SearchResult.Kind.AREA, 1.0, true, List.of(reason), 1, found.size()));
        }
    }

    /** The document of the area with {@code code}, or -1. */
    private int area(String code) throws IOException {
        TopDocs hits = searcher.search(new TermQuery(new Term(SearchFields.ID, code)), 2);
        for (var hit : hits.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            if (SearchDocuments.AREA.equals(doc.get(SearchFields.KIND))) {
                return hit.doc;
            }
        }
        return -1;
    }

    private List<String[]> parents(int doc) throws IOException {
        List<String[]> parents = new ArrayList<>();
        for (String parent : searcher.storedFields().document(doc).getValues(SearchFields.PARENT)) {
            parents.add(parent.split("\t", 3));
        }
        return parents;
    }
}
