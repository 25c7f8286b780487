-- feed_status: one row per feed (every feed of the catalogue, and any other feed with runs): its last
-- run, its last success, when its data last changed upstream, when the publisher is next expected to
-- release, and its state: fresh, due, late or failing.
-- The rule: expected_next_release is the date recorded by the feed's last *ingested* run (one cadence
-- after new data last arrived: a month for a monthly feed, three for a quarterly one, a year for an
-- annual one; none for decennial or irregular feeds). Runs that found nothing new (unchanged) or failed do
-- not move it on. From that date the feed is due; late_after_days later (the descriptor's lateAfterDays) it
-- is late. A feed whose last run failed is failing; one never run is due. Dates are compared with the date
-- (UTC) of as_of, the database's own clock: when the latest run recorded in runs finished its last feed
-- (the nightly run that built this database; about.last_run_finished_at). Never the time the query runs,
-- so the same file always gives the same answer; observatory status and /api/status apply the same rule
-- to today's date (freshness.FeedStatus).
CREATE OR REPLACE VIEW feed_status AS
WITH clock AS (
    SELECT max(finished_at) AS as_of FROM runs
),
catalogue AS (
    SELECT feed, min(frequency) AS frequency, min(next_release) AS next_release_rule,
           min(late_after_days) AS late_after_days
    FROM indicators
    GROUP BY feed
),
feeds AS (
    SELECT feed FROM catalogue
    UNION
    SELECT feed FROM runs
),
last_run AS (
    SELECT feed, run_id, started_at, outcome, message
    FROM runs
    QUALIFY row_number() OVER (PARTITION BY feed ORDER BY started_at DESC, run_id DESC) = 1
),
last_success AS (
    SELECT feed, max(finished_at) AS finished_at
    FROM runs
    WHERE outcome IN ('ingested', 'unchanged')
    GROUP BY feed
),
last_ingested AS (
    SELECT feed, run_id, finished_at, last_upstream_change, expected_next_release, sample
    FROM runs
    WHERE outcome = 'ingested'
    QUALIFY row_number() OVER (PARTITION BY feed ORDER BY started_at DESC, run_id DESC) = 1
)
SELECT f.feed, c.frequency, c.next_release_rule,
       r.run_id AS last_run_id, r.started_at AS last_run_at, r.outcome AS last_outcome,
       r.message AS last_message,
       s.finished_at AS last_success_at,
       i.run_id AS last_ingested_run_id, i.finished_at AS last_ingested_at,
       i.last_upstream_change,
       try_strptime(i.last_upstream_change, '%a, %d %b %Y %H:%M:%S GMT') AS last_upstream_change_at,
       i.expected_next_release,
       c.late_after_days,
       CAST(i.expected_next_release + to_days(CAST(c.late_after_days AS INTEGER)) AS DATE) AS late_from,
       k.as_of,
       CASE WHEN r.outcome = 'failed' THEN 'failing'
            WHEN r.outcome IS NULL THEN 'due'
            WHEN i.expected_next_release + to_days(CAST(c.late_after_days AS INTEGER)) < CAST(k.as_of AS DATE)
                THEN 'late'
            WHEN i.expected_next_release <= CAST(k.as_of AS DATE) THEN 'due'
            ELSE 'fresh' END AS state,
       coalesce(i.expected_next_release + to_days(CAST(c.late_after_days AS INTEGER)) < CAST(k.as_of AS DATE),
                false) AS late,
       CASE WHEN i.expected_next_release + to_days(CAST(c.late_after_days AS INTEGER)) < CAST(k.as_of AS DATE)
            THEN date_diff('day', i.expected_next_release, CAST(k.as_of AS DATE)) END AS days_late,
       i.sample
FROM feeds f
CROSS JOIN clock k
LEFT JOIN catalogue c ON c.feed = f.feed
LEFT JOIN last_run r ON r.feed = f.feed
LEFT JOIN last_success s ON s.feed = f.feed
LEFT JOIN last_ingested i ON i.feed = f.feed;
