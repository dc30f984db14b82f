-- Training log: what a coach's client actually lifted. One workout per client and date, enforced by the
-- primary key as for weigh-ins (PUT replaces, never duplicates); its exercises in the order sent, each a
-- catalog exercise (foreign key) at most once per workout; their sets in the order done. The contract's ranges
-- are CHECKs here too (reps 0-100, load 0-1000 kg, reps in reserve 0-10), so nothing out of range is ever
-- stored. Deleting a client deletes its workouts; deleting a workout deletes its exercises and sets.

CREATE TABLE workouts (
    client_id    UUID NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    workout_date DATE NOT NULL,
    notes        TEXT CHECK (length(notes) <= 4000),
    PRIMARY KEY (client_id, workout_date)
);

CREATE TABLE workout_exercises (
    client_id    UUID NOT NULL,
    workout_date DATE NOT NULL,
    position     SMALLINT NOT NULL CHECK (position BETWEEN 0 AND 19),
    slug         TEXT NOT NULL REFERENCES exercises (slug),
    reps_min     SMALLINT CHECK (reps_min BETWEEN 1 AND 100),
    reps_max     SMALLINT CHECK (reps_max BETWEEN 1 AND 100),
    PRIMARY KEY (client_id, workout_date, position),
    UNIQUE (client_id, workout_date, slug),
    FOREIGN KEY (client_id, workout_date) REFERENCES workouts (client_id, workout_date) ON DELETE CASCADE,
    CHECK ((reps_min IS NULL) = (reps_max IS NULL)),
    CHECK (reps_min <= reps_max)
);

CREATE TABLE workout_sets (
    client_id    UUID NOT NULL,
    workout_date DATE NOT NULL,
    exercise     SMALLINT NOT NULL,
    position     SMALLINT NOT NULL CHECK (position BETWEEN 0 AND 19),
    reps         SMALLINT NOT NULL CHECK (reps BETWEEN 0 AND 100),
    load_kg      NUMERIC(6, 2) CHECK (load_kg BETWEEN 0 AND 1000),
    rir          SMALLINT CHECK (rir BETWEEN 0 AND 10),
    PRIMARY KEY (client_id, workout_date, exercise, position),
    FOREIGN KEY (client_id, workout_date, exercise)
        REFERENCES workout_exercises (client_id, workout_date, position) ON DELETE CASCADE
);
