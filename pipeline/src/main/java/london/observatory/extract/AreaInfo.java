package london.observatory.extract;

/** An area as an extract's rows name it ({@code areas.code, name, level}); {@code custom} for a total row. */
record AreaInfo(String code, String name, String level) {

    static final String CUSTOM = "custom";

    /** The total row's area: the listed areas taken together. */
    static AreaInfo customTotal(int areas) {
        return new AreaInfo(CUSTOM, "Total of " + areas + (areas == 1 ? " area" : " areas"), CUSTOM);
    }
}
