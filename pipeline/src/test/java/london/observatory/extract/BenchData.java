package london.observatory.extract;

import java.util.List;

/**
 * The benchmark's database in SQL: a London-sized spine (LSOAs in MSOAs of five, wards of seven, 33 boroughs,
 * London), a catalogue of counts, percentages with their parts, rates and deciles across the five themes, and every
 * LSOA × indicator × month, values from a hash of the key (so the same every time), 1 in 200 withheld.
 */
final class BenchData {

    static final List<String> STATEMENTS = List.of("""
            INSERT INTO areas (code, name, level, population)
            SELECT 'E12000007', 'London', 'region', 8799776
            UNION ALL
            SELECT printf('E09%06d', b + 1), printf('Borough %d', b + 1), 'lad', 266660 FROM range(33) t(b)
            """, """
            INSERT INTO areas (code, name, level, msoa21_code, ward_code, lad_code, region_code, population)
            SELECT printf('E01%06d', 100001 + i), printf('Neighbourhood %04d', i), 'lsoa21',
                   printf('E02%06d', 100001 + i // 5), printf('E05%06d', 100001 + i // 7),
                   printf('E09%06d', 1 + (i * 33) // ${LSOAS}), 'E12000007', 1700 + i % 400
            FROM range(${LSOAS}) t(i)
            """, """
            INSERT INTO areas (code, name, level, lad_code, region_code)
            SELECT DISTINCT msoa21_code, 'MSOA ' || msoa21_code, 'msoa21', lad_code, region_code
            FROM areas WHERE level = 'lsoa21'
            """, """
            INSERT INTO areas (code, name, level, lad_code, region_code, ward_vintages)
            SELECT DISTINCT ward_code, 'Ward ' || ward_code, 'ward', first(lad_code), 'E12000007', '2022'
            FROM areas WHERE level = 'lsoa21' GROUP BY ward_code
            """, """
            INSERT INTO ward_best_fit SELECT 2022, code, ward_code FROM areas WHERE level = 'lsoa21'
            """, """
            INSERT INTO indicators (id, title, theme, description, unit, measure_type, scale, source, publisher,
                                    licence, source_url, native_geography, frequency, next_release, access_tier,
                                    feed)
            SELECT printf('indicator-%02d', n),
                   printf('Indicator %d', n),
                   ['housing', 'jobs', 'debt', 'mental_health', 'population'][n % 5 + 1],
                   'A generated indicator.',
                   CASE WHEN n % 10 < 7 THEN 'people' WHEN n % 10 < 9 THEN '% of residents' ELSE 'decile' END,
                   CASE WHEN n % 10 < 7 THEN 'count' WHEN n % 10 < 9 THEN 'percentage' ELSE 'decile' END,
                   CASE WHEN n % 10 BETWEEN 7 AND 8 THEN 100 END,
                   'bench', printf('Publisher %d', n % 4), 'Open Government Licence v3.0',
                   printf('https://example.org/source/%d', n % 4), 'lsoa21', 'monthly', 'Monthly', 'open',
                   printf('feed-%d', n % 10)
            FROM range(${INDICATORS}) t(n)
            """, """
            INSERT INTO runs (run_id, feed, started_at, finished_at, outcome, source_url, rows_read, rows_written,
                              rows_quarantined, sample)
            SELECT '20261207T020000000Z', printf('feed-%d', f), TIMESTAMP '2026-12-07 02:00:00',
                   TIMESTAMP '2026-12-07 02:10:00', 'ingested', 'file:bench', 0, 0, 0, true
            FROM range(10) t(f)
            """, """
            INSERT INTO observations (indicator_id, area_code, area_level, period_start, period_type, value,
                                      numerator, denominator, flag, source_area_code, source_geography, method,
                                      run_id, feed, period)
            SELECT i.id, a.code, 'lsoa21', (DATE '2024-01-01' + INTERVAL (m) MONTH)::DATE, 'month',
                   CASE WHEN h % 200 = 0 THEN NULL
                        WHEN i.measure_type = 'count' THEN (h % 500)::DOUBLE
                        WHEN i.measure_type = 'percentage' THEN (h % 300) / (300 + h % 700) * 100
                        ELSE 1 + h % 10 END,
                   CASE WHEN i.measure_type = 'percentage' AND h % 200 <> 0 THEN (h % 300)::DOUBLE END,
                   CASE WHEN i.measure_type = 'percentage' AND h % 200 <> 0 THEN (300 + h % 700)::DOUBLE END,
                   CASE WHEN h % 200 = 0 THEN 'suppressed' WHEN h % 97 = 0 THEN 'apportioned' END,
                   a.code, 'lsoa21', CASE WHEN h % 97 = 0 THEN 'lsoa11-split' ELSE 'direct' END,
                   '20261207T020000000Z', i.feed, strftime(DATE '2024-01-01' + INTERVAL (m) MONTH, '%Y-%m')
            FROM (SELECT code FROM areas WHERE level = 'lsoa21') a,
                 (SELECT id, measure_type, feed FROM indicators) i,
                 range(${MONTHS}) t(m),
                 LATERAL (SELECT hash(a.code, i.id, m) % 1000003 AS h) k
            """);

    private BenchData() {}
}
