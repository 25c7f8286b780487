package london.observatory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.geography.postcode.Postcode;

/**
 * The exact identifiers in a query, taken out before the words are searched: GSS area codes
 * ({@code E09000022}, {@code e01000001}) and postcodes ({@code SE10 8AA}, {@code se108aa}). What is left is
 * searched as words.
 */
record Identifiers(List<String> areaCodes, List<String> postcodes, String words) {

    /** A GSS code: a country letter and eight digits (E01 LSOA, E02 MSOA, E05 ward, E09 borough, E12 region). */
    private static final Pattern AREA_CODE = Pattern.compile("\\b[EWSNK]\\d{8}\\b", Pattern.CASE_INSENSITIVE);

    /** A full postcode with or without its space: outward code, then a digit and two letters. */
    private static final Pattern POSTCODE =
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);

    static Identifiers in(String text) {
        List<String> codes = new ArrayList<>();
        String rest = take(AREA_CODE, text, m -> codes.add(m.toUpperCase(Locale.ROOT)));
        List<String> postcodes = new ArrayList<>();
        rest = take(POSTCODE, rest, m -> {
            Postcode postcode = Postcode.parse(m);
            if (postcode != null) {
                postcodes.add(postcode.display());
            }
        });
        return new Identifiers(List.copyOf(codes), List.copyOf(postcodes), rest.strip());
    }

    private static String take(Pattern pattern, String text, java.util.function.Consumer<String> found) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            found.accept(matcher.group());
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        return rest.toString();
    }

    int count() {
        return areaCodes.size() + postcodes.size();
    }
}
