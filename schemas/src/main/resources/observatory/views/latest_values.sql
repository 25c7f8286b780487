-- latest_values: the latest period of every indicator in every area, at every level (time_series'
-- rows whose period_start is the area's latest for that indicator), with the indicator's title and
-- unit. The latest period is decided per indicator and area, so an area missing from the newest
-- release shows its last value with that period. A withheld value stays withheld (value NULL with its
-- flag; known_sum gives what is known of a count); it is never replaced by an older period's value.
CREATE OR REPLACE VIEW latest_values AS
SELECT t.indicator_id, i.title AS indicator_title, i.theme, i.unit, i.measure_type,
       t.area_code, t.area_name, t.area_level, t.period_start, t.period_type, t.period,
       t.value, t.flag, t.method, t.origin, t.known_sum,
       count(*) OVER (PARTITION BY t.indicator_id, t.area_code) AS periods
FROM time_series t
JOIN indicators i ON i.id = t.indicator_id
QUALIFY row_number() OVER (
    PARTITION BY t.indicator_id, t.area_code ORDER BY t.period_start DESC, t.period_type) = 1;
