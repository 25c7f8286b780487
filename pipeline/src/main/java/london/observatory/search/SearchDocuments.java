package london.observatory.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Indicators and areas as Lucene documents (see {@link SearchFields}). */
final class SearchDocuments {

    static final String INDICATOR = "indicator";
    static final String AREA = "area";

    private SearchDocuments() {}

    static Document indicator(IndicatorEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KIND, INDICATOR, Field.Store.YES));
        doc.add(new StringField(SearchFields.ID, entry.id(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.DISPLAY, entry.title()));
        // Title and keywords are stored so that a spelling correction can be shown as the title writes it.
        text(doc, SearchFields.TITLE, entry.title(), Field.Store.YES);
        for (String keyword : entry.keywords()) {
            text(doc, SearchFields.KEYWORDS, keyword, Field.Store.YES);
        }
        text(doc, SearchFields.DESCRIPTION, entry.description(), Field.Store.NO);
        text(doc, SearchFields.UNIT, entry.unit(), Field.Store.NO);
        text(doc, SearchFields.THEME, entry.theme(), Field.Store.NO);
        text(doc, SearchFields.SOURCE, join(entry.publisher(), entry.source()), Field.Store.NO);
        return doc;
    }

    static Document area(AreaEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KIND, AREA, Field.Store.YES));
        doc.add(new StringField(SearchFields.ID, entry.code(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.DISPLAY, entry.name()));
        text(doc, SearchFields.NAME, entry.name(), Field.Store.YES);
        doc.add(new StringField(SearchFields.LEVEL, entry.level(), Field.Store.YES));
        for (AreaRef parent : entry.parents()) {
            doc.add(new StoredField(SearchFields.PARENT, parent.level() + '\t' + parent.code() + '\t' + parent.name()));
        }
        return doc;
    }

    private static void text(Document doc, String field, String value, Field.Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, store));
        }
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }
}
