-- Coaches, their clients, and the clients' daily logs. A client belongs to exactly one coach; deleting a
-- client deletes its logs (ON DELETE CASCADE). One weigh-in and one intake log per client and date,
-- enforced by the primary keys (PUT replaces, never duplicates).

CREATE TABLE coaches (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email        TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 320),
    api_key_hash TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE clients (
    id             UUID PRIMARY KEY,
    coach_id       UUID NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    sex            TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    birth_date     DATE NOT NULL,
    height_cm      NUMERIC(5, 1) NOT NULL CHECK (height_cm BETWEEN 100 AND 250),
    activity_level TEXT NOT NULL CHECK (activity_level IN ('sedentary', 'lightly_active', 'moderately_active', 'very_active', 'extra_active')),
    goal           TEXT NOT NULL CHECK (goal IN ('glute_growth', 'fat_loss', 'hip_dips', 'butt_lift', 'maintenance')),
    level          TEXT CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    notes          TEXT CHECK (length(notes) <= 4000),
    version        INTEGER NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX clients_coach ON clients (coach_id, name, id);

CREATE TABLE weigh_ins (
    client_id UUID NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    log_date  DATE NOT NULL,
    weight_kg NUMERIC(5, 2) NOT NULL CHECK (weight_kg BETWEEN 25 AND 350),
    PRIMARY KEY (client_id, log_date)
);

CREATE TABLE intake_logs (
    client_id UUID NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    log_date  DATE NOT NULL,
    kcal      INTEGER NOT NULL CHECK (kcal BETWEEN 0 AND 20000),
    protein_g INTEGER CHECK (protein_g BETWEEN 0 AND 1000),
    PRIMARY KEY (client_id, log_date)
);
