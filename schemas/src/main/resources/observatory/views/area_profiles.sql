-- area_profiles: one row per area of the spine (every LSOA 2021, MSOA 2021, ward, borough and London)
-- with six headline indicators side by side, each with its latest period, its flag, London's latest
-- value, and the area's rank among the areas of its level that have a value for that same period.
--   claimant_count          claimant-count              people claiming unemployment-related benefits
--   uc_searching_for_work   uc-searching-for-work       Universal Credit, searching for work
--   usual_residents         census-usual-residents      Census 2021 usual residents
--   overcrowded_pct         census-overcrowded          Census 2021 % of households overcrowded
--   depression_pct          depression-prevalence-gp    QOF depression prevalence (18+), GP-weighted
--   imd2019_decile          imd2019-decile              Index of Multiple Deprivation 2019 decile
-- Rank 1 is the area most in need: the highest value (for usual_residents, the most people), except
-- imd2019_decile, where rank 1 is the lowest decile (decile 1 = most deprived 10%). Ties share a rank
-- (1, 1, 3). An area whose value is NULL (withheld, or a decile above LSOA level, which is never
-- averaged) has no rank. Values, flags and London's value come from latest_values.
CREATE OR REPLACE VIEW area_profiles AS
WITH headline(indicator_id, headline, lowest_first) AS (
    VALUES ('claimant-count', 'claimant_count', false),
           ('uc-searching-for-work', 'uc_searching_for_work', false),
           ('census-usual-residents', 'usual_residents', false),
           ('census-overcrowded', 'overcrowded_pct', false),
           ('depression-prevalence-gp', 'depression_pct', false),
           ('imd2019-decile', 'imd2019_decile', true)
),
latest AS (
    SELECT h.headline, h.lowest_first, l.area_code, l.area_level, l.period_start, l.period, l.value, l.flag
    FROM latest_values l
    JOIN headline h ON h.indicator_id = l.indicator_id
),
london AS (
    SELECT headline, value FROM latest WHERE area_level = 'region' AND area_code = 'E12000007'
),
ranked AS (
    SELECT l.*, n.value AS london,
           CASE WHEN l.value IS NOT NULL THEN rank() OVER (
               PARTITION BY l.headline, l.area_level, l.period_start, l.value IS NULL
               ORDER BY CASE WHEN l.lowest_first THEN l.value ELSE -l.value END) END AS rank
    FROM latest l
    LEFT JOIN london n ON n.headline = l.headline
)
SELECT a.code AS area_code, a.name AS area_name, a.level AS area_level, a.lad_code, a.population,
       count(*) OVER (PARTITION BY a.level) AS level_areas,
       max(r.value) FILTER (WHERE r.headline = 'claimant_count') AS claimant_count,
       max(r.period) FILTER (WHERE r.headline = 'claimant_count') AS claimant_count_period,
       max(r.flag) FILTER (WHERE r.headline = 'claimant_count') AS claimant_count_flag,
       max(r.london) FILTER (WHERE r.headline = 'claimant_count') AS claimant_count_london,
       max(r.rank) FILTER (WHERE r.headline = 'claimant_count') AS claimant_count_rank,
       max(r.value) FILTER (WHERE r.headline = 'uc_searching_for_work') AS uc_searching_for_work,
       max(r.period) FILTER (WHERE r.headline = 'uc_searching_for_work') AS uc_searching_for_work_period,
       max(r.flag) FILTER (WHERE r.headline = 'uc_searching_for_work') AS uc_searching_for_work_flag,
       max(r.london) FILTER (WHERE r.headline = 'uc_searching_for_work') AS uc_searching_for_work_london,
       max(r.rank) FILTER (WHERE r.headline = 'uc_searching_for_work') AS uc_searching_for_work_rank,
       max(r.value) FILTER (WHERE r.headline = 'usual_residents') AS usual_residents,
       max(r.period) FILTER (WHERE r.headline = 'usual_residents') AS usual_residents_period,
       max(r.flag) FILTER (WHERE r.headline = 'usual_residents') AS usual_residents_flag,
       max(r.london) FILTER (WHERE r.headline = 'usual_residents') AS usual_residents_london,
       max(r.rank) FILTER (WHERE r.headline = 'usual_residents') AS usual_residents_rank,
       max(r.value) FILTER (WHERE r.headline = 'overcrowded_pct') AS overcrowded_pct,
       max(r.period) FILTER (WHERE r.headline = 'overcrowded_pct') AS overcrowded_pct_period,
       max(r.flag) FILTER (WHERE r.headline = 'overcrowded_pct') AS overcrowded_pct_flag,
       max(r.london) FILTER (WHERE r.headline = 'overcrowded_pct') AS overcrowded_pct_london,
       max(r.rank) FILTER (WHERE r.headline = 'overcrowded_pct') AS overcrowded_pct_rank,
       max(r.value) FILTER (WHERE r.headline = 'depression_pct') AS depression_pct,
       max(r.period) FILTER (WHERE r.headline = 'depression_pct') AS depression_pct_period,
       max(r.flag) FILTER (WHERE r.headline = 'depression_pct') AS depression_pct_flag,
       max(r.london) FILTER (WHERE r.headline = 'depression_pct') AS depression_pct_london,
       max(r.rank) FILTER (WHERE r.headline = 'depression_pct') AS depression_pct_rank,
       max(r.value) FILTER (WHERE r.headline = 'imd2019_decile') AS imd2019_decile,
       max(r.period) FILTER (WHERE r.headline = 'imd2019_decile') AS imd2019_decile_period,
       max(r.flag) FILTER (WHERE r.headline = 'imd2019_decile') AS imd2019_decile_flag,
       max(r.london) FILTER (WHERE r.headline = 'imd2019_decile') AS imd2019_decile_london,
       max(r.rank) FILTER (WHERE r.headline = 'imd2019_decile') AS imd2019_decile_rank
FROM areas a
LEFT JOIN ranked r ON r.area_code = a.code
GROUP BY a.code, a.name, a.level, a.lad_code, a.population;
