package london.observatory.source;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson readers of a source's JSON within the {@link ReadLimits}, by Jackson's own
 * {@link StreamReadConstraints}: a string, a nesting or a document past its bound fails with Jackson's
 * message naming the constraint ({@code maxStringLength}, {@code maxNestingDepth}, {@code maxDocumentLength}).
 */
public final class BoundedJson {

    private BoundedJson() {}

    /** For a document read whole, as a tree: at most {@link ReadLimits#maxJsonBytes()}. */
    public static JsonMapper.Builder wholeDocuments(ReadLimits limits) {
        return builder(limits, limits.maxJsonBytes());
    }

    /**
     * For a document streamed a value at a time (boundaries, a feature each): as long as a ZIP entry may be
     * ({@link ReadLimits#maxEntryBytes()}), since memory follows the value, not the file.
     */
    public static JsonMapper.Builder streamed(ReadLimits limits) {
        return builder(limits, limits.maxEntryBytes());
    }

    private static JsonMapper.Builder builder(ReadLimits limits, long maxDocumentBytes) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxStringLength(limits.maxJsonStringChars())
                .maxNestingDepth(limits.maxJsonDepth())
                .build();
        return JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(constraints).build());
    }
}
