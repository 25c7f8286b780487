package london.observatory.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What a person asked for, as they typed it: checked by {@link Extractor} before anything is written. Area
 * codes only: a caller that took a postcode resolves it to its LSOA first, so no postcode reaches a file.
 * The order of a list and repeats in it change nothing.
 *
 * @param areaCodes    GSS codes of LSOAs 2021, MSOAs 2021, wards, boroughs or London ({@code E12000007})
 * @param themes       themes whose indicators to include ({@code housing}, {@code jobs}, ...)
 * @param indicatorIds indicators to include besides the themes'; with no theme and no indicator, all of them
 * @param from         first period, {@code YYYY}, {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY-MM-DD}; null for
 *                     no bound
 * @param to           last period, in the same forms; null for no bound
 * @param total        add a row per indicator and period for the listed areas taken together
 * @param format       the file format
 */
public record ExtractRequest(
        List<String> areaCodes,
        List<String> themes,
        List<String> indicatorIds,
        String from,
        String to,
        boolean total,
        ExtractFormat format) {

    public ExtractRequest {
        areaCodes = copy(areaCodes);
        themes = copy(themes);
        indicatorIds = copy(indicatorIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<String> copy(List<String> list) {
        // List.copyOf refuses nulls; a null entry is the validator's to report, not a crash here.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Builds a request the way a command line or a query string arrives: one option at a time. */
    public static final class Builder {
        private final List<String> areas = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> indicators = new ArrayList<>();
        private String from;
        private String to;
        private boolean total;
        private ExtractFormat format = ExtractFormat.CSV;

        public Builder area(String code) {
            areas.add(code);
            return this;
        }

        public Builder areas(Collection<String> codes) {
            areas.addAll(codes);
            return this;
        }

        public Builder theme(String theme) {
            themes.add(theme);
            return this;
        }

        public Builder indicator(String id) {
            indicators.add(id);
            return this;
        }

        public Builder from(String period) {
            this.from = period;
            return this;
        }

        public Builder to(String period) {
            this.to = period;
            return this;
        }

        public Builder withTotal() {
            this.total = true;
            return this;
        }

        public Builder format(ExtractFormat format) {
            this.format = format;
            return this;
        }

        public ExtractRequest build() {
            return new ExtractRequest(areas, themes, indicators, from, to, total, format);
        }
    }
}
