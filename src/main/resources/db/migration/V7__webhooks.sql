-- Webhooks: a coach's subscriptions, the transactional outbox of deliveries, the attempts made, and the last
-- known progress verdict of each client (to tell when it changes).
--
-- A delivery row is written in the same transaction as the write that caused its event, so an acknowledged
-- write always has its delivery (at least once, even across a crash). Dispatchers on any number of replicas
-- claim due rows with SELECT ... FOR UPDATE SKIP LOCKED, so each attempt is made by one of them.

CREATE TABLE webhook_subscriptions (
    id                UUID PRIMARY KEY,
    coach_id          UUID NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    url               TEXT NOT NULL CHECK (length(url) BETWEEN 10 AND 2048),
    events            TEXT[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 7 AND events <@ ARRAY[
                          'weigh_in.recorded', 'intake.recorded', 'workout.recorded', 'measurement.recorded',
                          'check_in.proposed', 'check_in.approved', 'client.verdict_changed']::TEXT[]),
    -- AES-GCM: 12-byte nonce, ciphertext of the signing key, 16-byte tag; the key is peach.webhooks.secret-key
    -- and the subscription id is the associated data. A database dump alone cannot sign.
    secret_ciphertext BYTEA NOT NULL CHECK (length(secret_ciphertext) BETWEEN 12 + 24 + 16 AND 12 + 64 + 16),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_subscriptions_coach ON webhook_subscriptions (coach_id, created_at, id);

-- One row per event and subscription. message_id is the webhook-id header: the same on every attempt.
-- Deleting a subscription deletes its deliveries, so pending ones are dropped with it.
CREATE TABLE webhook_deliveries (
    id              UUID PRIMARY KEY,
    message_id      TEXT NOT NULL CHECK (message_id ~ '^msg_[0-9a-f]{32}$'),
    subscription_id UUID NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type      TEXT NOT NULL CHECK (event_type IN ('weigh_in.recorded', 'intake.recorded', 'workout.recorded',
                        'measurement.recorded', 'check_in.proposed', 'check_in.approved', 'client.verdict_changed')),
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL CHECK (attempts >= 0),
    -- when the next attempt is due (a claimed row: when its claim lapses); only pending rows have one
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL)),
    UNIQUE (subscription_id, message_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, created_at DESC, id);
CREATE INDEX webhook_deliveries_done ON webhook_deliveries (created_at) WHERE status <> 'pending';

CREATE TABLE webhook_attempts (
    delivery_id   UUID NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt       INTEGER NOT NULL CHECK (attempt >= 1),
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('delivered', 'http_error', 'timeout', 'network_error',
                      'address_refused', 'secret_unavailable')),
    response_code INTEGER CHECK (response_code BETWEEN 100 AND 599),
    duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
    error         TEXT CHECK (length(error) <= 300),
    PRIMARY KEY (delivery_id, attempt)
);

-- The progress verdict last computed for a client while its coach subscribed to client.verdict_changed.
CREATE TABLE client_verdicts (
    client_id  UUID PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    verdict    TEXT NOT NULL CHECK (verdict IN ('ok', 'caution', 'unsafe')),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
