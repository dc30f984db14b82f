-- Tape measurements of a client, and check-ins: target changes a coach approves.
-- One measurement per client and date, by the primary key (PUT replaces, never duplicates). A check-in moves
-- from pending to approved or rejected exactly once: the decision is a conditional UPDATE ... WHERE
-- status = 'pending', and at most one check-in per client is pending at a time (a partial unique index), so
-- the database, not application code, decides races. Deleting a client deletes both (ON DELETE CASCADE).

CREATE TABLE measurements (
    client_id        UUID NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    log_date         DATE NOT NULL,
    waist_cm         NUMERIC(4, 1) CHECK (waist_cm BETWEEN 10 AND 250),
    hip_cm           NUMERIC(4, 1) CHECK (hip_cm BETWEEN 10 AND 250),
    thigh_cm         NUMERIC(4, 1) CHECK (thigh_cm BETWEEN 10 AND 250),
    neck_cm          NUMERIC(4, 1) CHECK (neck_cm BETWEEN 10 AND 250),
    body_fat_percent NUMERIC(3, 1) CHECK (body_fat_percent BETWEEN 3 AND 70),
    PRIMARY KEY (client_id, log_date),
    CHECK (num_nonnulls(waist_cm, hip_cm, thigh_cm, neck_cm, body_fat_percent) >= 1),
    CHECK (waist_cm IS NULL OR neck_cm IS NULL OR waist_cm > neck_cm)
);

CREATE TABLE check_ins (
    id               UUID PRIMARY KEY,
    client_id        UUID NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    check_in_date    DATE NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('no_change', 'pending', 'approved', 'rejected')),
    reason           TEXT NOT NULL CHECK (reason IN ('not_enough_data', 'first_check_in', 'adjusted', 'capped', 'unchanged')),
    weigh_in_days    SMALLINT NOT NULL CHECK (weigh_in_days BETWEEN 0 AND window_days),
    intake_days      SMALLINT NOT NULL CHECK (intake_days BETWEEN 0 AND window_days),
    window_days      SMALLINT NOT NULL CHECK (window_days > 0),
    maintenance_source TEXT,
    -- TargetsResponse documents as the API shows them, written by the service (Jackson)
    current_targets  TEXT,
    proposed_targets TEXT,
    change_kcal      INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'no_change') = (proposed_targets IS NULL)),
    CHECK ((status IN ('approved', 'rejected')) = (decided_at IS NOT NULL))
);
CREATE UNIQUE INDEX check_ins_one_pending ON check_ins (client_id) WHERE status = 'pending';
CREATE INDEX check_ins_client ON check_ins (client_id, created_at DESC);
