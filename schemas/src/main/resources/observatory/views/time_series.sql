-- time_series: every value the database holds, one row per indicator x area x period, at every level.
--   observed   the rows of observations as published: LSOA 2021 values, and values a source publishes
--              at a coarser level and which stay there (e.g. borough-level insolvencies, self-harm)
--   rolled-up  observation_rollups: each LSOA indicator rolled up to MSOA 2021, ward (best fit), borough
--              and London. A roll-up never replaces an observed value of the same indicator, area and
--              period (an indicator published natively at borough level keeps the source's figure).
-- period is a label that sorts in time within a period_type: 2025-10 (month), 2024-Q1 (calendar
-- quarter), 2021-22 (financial year from April), 2021 (year, census). ORDER BY period_start for time.
CREATE OR REPLACE VIEW time_series AS
WITH observed AS (
    SELECT indicator_id, area_code, area_level, period_start, period_type, value, numerator, denominator,
           flag, method, 'observed' AS origin, CAST(NULL AS BIGINT) AS lsoas,
           CAST(NULL AS BIGINT) AS lsoas_withheld, CAST(NULL AS DOUBLE) AS known_sum
    FROM observations
),
rolled_up AS (
    SELECT r.indicator_id, r.area_code, r.area_level, r.period_start, r.period_type, r.value, r.numerator,
           r.denominator, r.flag, r.method, 'rolled-up' AS origin, r.lsoas, r.lsoas_withheld, r.known_sum
    FROM observation_rollups r
    WHERE NOT EXISTS (
        SELECT 1 FROM observations o
        WHERE o.indicator_id = r.indicator_id AND o.area_code = r.area_code
          AND o.period_start = r.period_start AND o.period_type = r.period_type)
),
series AS (
    SELECT * FROM observed
    UNION ALL
    SELECT * FROM rolled_up
)
SELECT s.indicator_id, s.area_code, a.name AS area_name, s.area_level, s.period_start, s.period_type,
       CASE
           WHEN s.period_type = 'month' THEN strftime(s.period_start, '%Y-%m')
           WHEN s.period_type = 'quarter' THEN strftime(s.period_start, '%Y') || '-Q' || CAST(quarter(s.period_start) AS VARCHAR)
           WHEN s.period_type IN ('financial-year', 'financial_year')
               THEN strftime(s.period_start, '%Y') || '-' || right(CAST(year(s.period_start) + 1 AS VARCHAR), 2)
           WHEN s.period_type IN ('year', 'census') THEN strftime(s.period_start, '%Y')
           ELSE CAST(s.period_start AS VARCHAR)
       END AS period,
       s.value, s.numerator, s.denominator, s.flag, s.method, s.origin, s.lsoas, s.lsoas_withheld, s.known_sum
FROM series s
LEFT JOIN areas a ON a.code = s.area_code;
