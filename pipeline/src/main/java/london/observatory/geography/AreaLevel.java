package london.observatory.geography;

/** The levels of the neighbourhood spine, finest first; {@link #code()} is the value stored in tables. */
public enum AreaLevel {
    LSOA21("lsoa21"),
    MSOA21("msoa21"),
    WARD("ward"),
    LAD("lad"),
    REGION("region");

    private final String code;

    AreaLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
