package london.observatory.search;

/** An area named by code, name and level ({@code lsoa21}, {@code msoa21}, {@code ward}, {@code lad}, {@code region}). */
public record AreaRef(String code, String name, String level) {}
