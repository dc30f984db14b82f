-- A counter on each client that moves whenever anything a progress answer is computed from changes: the
-- client's profile, its weigh-ins, intake, tape measurements and workouts (with their exercises and sets).
-- A replica may keep a computed progress answer under (client, progress_version, day) and serve it after
-- reading only this column: any committed write, made by any replica, has moved the counter by then, so a
-- kept answer is never older than the data. The database moves it, in the writing transaction, so no write
-- path in the application can forget to.

ALTER TABLE clients ADD COLUMN progress_version BIGINT NOT NULL DEFAULT 0;

-- A profile edit (any UPDATE that does not itself set the counter).
CREATE FUNCTION clients_bump_progress_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.progress_version = OLD.progress_version THEN
        NEW.progress_version := OLD.progress_version + 1;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER clients_progress_version BEFORE UPDATE ON clients
    FOR EACH ROW EXECUTE FUNCTION clients_bump_progress_version();

-- A write to a log: once per statement and client (a workout's sets arrive many rows in one statement),
-- from the statement's transition tables. PostgreSQL allows transition tables only on single-event
-- triggers, hence three triggers per table; the function reads the table the event has.
CREATE FUNCTION logs_bump_progress_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE clients SET progress_version = progress_version + 1 WHERE id IN (SELECT client_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE clients SET progress_version = progress_version + 1 WHERE id IN (SELECT client_id FROM old_rows);
    ELSE
        UPDATE clients SET progress_version = progress_version + 1
        WHERE id IN (SELECT client_id FROM new_rows UNION SELECT client_id FROM old_rows);
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    log_table TEXT;
BEGIN
    FOREACH log_table IN ARRAY ARRAY['weigh_ins', 'intake_logs', 'measurements', 'workouts', 'workout_exercises',
            'workout_sets'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_progress_version_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION logs_bump_progress_version()', log_table);
        EXECUTE format('CREATE TRIGGER %1$s_progress_version_update AFTER UPDATE ON %1$s '
                || 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION logs_bump_progress_version()', log_table);
        EXECUTE format('CREATE TRIGGER %1$s_progress_version_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION logs_bump_progress_version()', log_table);
    END LOOP;
END $$;
