-- Rate-limit buckets shared by every replica of the service (Bucket4j's PostgreSQL integration, the
-- SELECT … FOR UPDATE proxy manager): one row per caller and limit, its token-bucket state serialized by
-- Bucket4j. Ids: 'key:' + SHA-256 of an API key (never the key), 'ip:' + client address, and
-- 'failed-key-checks:' + client address for the limit on key guessing.
--
-- UNLOGGED: the state is short-lived and cheap to lose. Writes skip the write-ahead log (a limiter
-- commit never waits for a disk flush); after a PostgreSQL crash the table starts empty, which only
-- gives every caller a fresh window.
CREATE UNLOGGED TABLE rate_limit_buckets (
    id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 300),
    state      BYTEA,
    -- epoch milliseconds after which the row describes a full bucket and may be removed
    expires_at BIGINT
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
