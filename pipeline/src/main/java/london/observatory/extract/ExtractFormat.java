package london.observatory.extract;

import java.util.Locale;

/** The file formats an extract is written in, with the name a user types and the media type a server sends. */
public enum ExtractFormat {
    CSV("csv", "text/csv"),
    PARQUET("parquet", "application/vnd.apache.parquet"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExtractFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format a user named ({@code csv}, {@code parquet}, {@code xlsx}, any case). */
    public static ExtractFormat of(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (ExtractFormat format : values()) {
                if (format.extension.equals(wanted)) {
                    return format;
                }
            }
        }
        throw new ExtractRequestException(
                "unknown format " + ExtractRequestException.quote(name) + ": csv, parquet or xlsx");
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
