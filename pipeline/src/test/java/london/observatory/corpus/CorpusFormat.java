package london.observatory.corpus;

/**
 * Every kind of file the observatory reads, as the corpus groups its inputs: a feed's own format (read through
 * the feed's {@code SourceFormat}, as the nightly job does) or a reference file (read by its loader).
 */
public enum CorpusFormat {
    BOROUGH_CSV("borough-csv"),
    NOMIS_BULK_CSV("nomis-bulk-csv"),
    NOMIS_ZIP("nomis-zip"),
    NOMIS_API_PAGE("nomis-api-page"),
    FINGERTIPS_CSV("fingertips-csv"),
    DATASTORE_CSV("datastore-csv"),
    STATXPLORE_JSON("statxplore-json"),
    HCLIC_ODS("hclic-ods"),
    INSOLVENCY_XLSX("insolvency-xlsx"),
    GEOJSON_BOUNDARIES("geojson-boundaries"),
    POSTCODE_DIRECTORY("postcode-directory"),
    FEED_DESCRIPTOR("feed-descriptor");

    private final String id;

    CorpusFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static CorpusFormat of(String id) {
        for (CorpusFormat format : values()) {
            if (format.id.equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no corpus format " + id);
    }
}
