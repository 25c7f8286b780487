-- observation_rollups: every LSOA 2021 observation rolled up the hierarchy to MSOA 2021, electoral
-- ward (best fit), borough and London.
--   counts        summed; if any LSOA's value is withheld the total is NULL (a partial sum would
--                 understate), and known_sum keeps the sum of what is known (a lower bound)
--   rates and     recomputed as sum(numerator) / sum(denominator) × the indicator's scale; without a
--   percentages   numerator and denominator on every LSOA the value is NULL: never summed, never averaged
--   scores,       never added up nor averaged (a borough's rank is not the mean of its LSOAs' ranks, and
--   ranks and     a mean of deciles is not a decile): NULL, flagged not-additive. Every measure other
--   deciles       than count, rate and percentage is treated so, so a new ordinal type is never summed.
-- flag is the weakest flag of the parts (suppressed > incomplete > perturbed > estimated > apportioned), so
-- an aggregate containing an estimate says so; lsoas / lsoas_withheld say how many parts it has.
-- A count made from borough case lists is, in the open database, the sum of its LSOAs' protected values
-- (flag perturbed); perturbation_band is then the ± half-width of its 95% band, from the sum of the parts'
-- variances (each part's band is its ci_upper - value).
CREATE OR REPLACE VIEW observation_rollups AS
WITH lsoa AS (
    SELECT o.indicator_id, o.period_start, o.period_type, o.value, o.numerator, o.denominator, o.flag,
           o.ci_upper,
           i.measure_type, coalesce(i.scale, 1) AS scale,
           a.msoa21_code, a.ward_code, a.lad_code, a.region_code
    FROM observations o
    JOIN areas a ON a.code = o.area_code
    JOIN indicators i ON i.id = o.indicator_id
    WHERE o.area_level = 'lsoa21'
),
up AS (
    SELECT 'msoa21' AS area_level, msoa21_code AS area_code, 'rollup' AS method, * FROM lsoa
    UNION ALL SELECT 'ward', ward_code, 'rollup-best-fit', * FROM lsoa
    UNION ALL SELECT 'lad', lad_code, 'rollup', * FROM lsoa
    UNION ALL SELECT 'region', region_code, 'rollup', * FROM lsoa
),
grouped AS (
    SELECT indicator_id, area_code, area_level, period_start, period_type, method,
           any_value(measure_type) AS measure_type,
           any_value(scale) AS scale,
           count(*) AS lsoas,
           count(*) - count(value) AS lsoas_withheld,
           count(*) = count(numerator) AND count(*) = count(denominator) AS has_parts,
           sum(value) AS known_sum,
           sum(numerator) AS numerator,
           sum(denominator) AS denominator,
           bool_or(flag = 'suppressed' OR value IS NULL) AS any_suppressed,
           bool_or(flag = 'incomplete') AS any_incomplete,
           bool_or(flag = 'perturbed') AS any_perturbed,
           sum(CASE WHEN flag = 'perturbed' THEN power((ci_upper - value) / 1.96, 2) END) AS band_variance,
           bool_or(flag = 'estimated') AS any_estimated,
           bool_or(flag = 'apportioned') AS any_apportioned
    FROM up
    WHERE area_code IS NOT NULL
    GROUP BY ALL
)
SELECT indicator_id, area_code, area_level, period_start, period_type,
       CASE
           WHEN measure_type = 'count' THEN CASE WHEN lsoas_withheld = 0 THEN known_sum END
           WHEN measure_type IN ('rate', 'percentage') AND has_parts AND denominator <> 0
               THEN numerator / denominator * scale
       END AS value,
       -- the parts of a score, rank or decile (e.g. its population) are summed for no value: not shown
       CASE WHEN has_parts AND measure_type IN ('count', 'rate', 'percentage') THEN numerator END AS numerator,
       CASE WHEN has_parts AND measure_type IN ('count', 'rate', 'percentage') THEN denominator END AS denominator,
       CASE
           WHEN measure_type NOT IN ('count', 'rate', 'percentage') THEN 'not-additive'
           -- a rate missing its parts because an LSOA is withheld is withheld, not unaddable
           WHEN any_suppressed THEN 'suppressed'
           WHEN measure_type <> 'count' AND NOT has_parts THEN 'not-additive'
           WHEN any_incomplete THEN 'incomplete'
           WHEN any_perturbed THEN 'perturbed'
           WHEN any_estimated THEN 'estimated'
           WHEN any_apportioned THEN 'apportioned'
       END AS flag,
       method,
       lsoas,
       lsoas_withheld,
       CASE WHEN measure_type = 'count' THEN known_sum END AS known_sum,
       CASE WHEN any_perturbed THEN 1.96 * sqrt(band_variance) END AS perturbation_band
FROM grouped;
