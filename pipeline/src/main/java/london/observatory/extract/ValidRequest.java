package london.observatory.extract;

import java.util.List;

/**
 * A request once checked: its areas and indicators as the database knows them, each in code order with repeats
 * gone (the order rows are written in), and the themes as asked, normalised. Two requests that differ only in
 * order or repeats give equal {@code ValidRequest}s, and so byte-identical files.
 */
record ValidRequest(
        List<AreaInfo> areas,
        List<IndicatorInfo> indicators,
        List<String> themes,
        List<String> indicatorIds,
        PeriodRange periods,
        boolean total,
        ExtractFormat format) {

    ValidRequest {
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        themes = List.copyOf(themes);
        indicatorIds = List.copyOf(indicatorIds);
    }

    List<String> areaCodes() {
        return areas.stream().map(AreaInfo::code).toList();
    }
}
