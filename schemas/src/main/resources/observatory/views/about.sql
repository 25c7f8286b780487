-- about: one row saying what this database was built from. sample is true when any published
-- observation was read from the repository's sample recordings (data-samples/): those values are
-- synthetic and are not facts about the places they name. runs.sample says which feeds.
CREATE OR REPLACE VIEW about AS
WITH published AS (
    SELECT DISTINCT run_id, feed FROM observations
),
feeds AS (
    SELECT p.feed, coalesce(r.sample, false) AS sample
    FROM published p
    JOIN runs r ON r.run_id = p.run_id AND r.feed = p.feed
)
SELECT
    (SELECT max(finished_at) FROM runs) AS last_run_finished_at,
    coalesce(bool_or(sample), false) AS sample,
    count(DISTINCT feed) FILTER (WHERE sample) AS sample_feeds,
    count(DISTINCT feed) FILTER (WHERE NOT sample) AS real_feeds,
    CASE
        WHEN coalesce(bool_or(sample), false)
        THEN 'SAMPLE DATA: built at least in part from sample recordings, whose values are synthetic and are '
             || 'not facts about the places they name; runs.sample says which feeds.'
        ELSE 'Built from the real sources named in indicators.source_url and runs.source_url.'
    END AS note
FROM feeds;
