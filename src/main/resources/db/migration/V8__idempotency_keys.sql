-- Idempotency keys (contract, "API conventions"): the first successful answer to a POST that creates something,
-- kept for 24 hours under the caller's scope and the key they sent, so that a retry with the same key and body
-- gets the same answer and creates nothing. The row is written in the same transaction as what the request
-- created, so a key is stored exactly when its creation is; the primary key decides between two concurrent
-- requests with the same key (the second waits for the first and then replays it, see app.peach.idempotency).
CREATE TABLE idempotency_keys (
    scope           TEXT NOT NULL CHECK (length(scope) BETWEEN 1 AND 100),
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    TEXT NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    status          SMALLINT NOT NULL CHECK (status BETWEEN 200 AND 299),
    headers         TEXT NOT NULL,
    body            BYTEA NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL CHECK (expires_at > created_at),
    PRIMARY KEY (scope, idempotency_key)
);
-- Expired keys are purged a hundred at a time by the requests that store new ones.
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
