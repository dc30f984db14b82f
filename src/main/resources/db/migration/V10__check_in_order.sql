-- Check-ins are listed newest first by created_at; two made within the same clock reading (a fixed clock in tests,
-- or replicas whose clocks differ by more than the time between two check-ins) tied and came back in id order,
-- that is at random. A sequence number the database assigns on insert breaks the tie in the order they were made.
ALTER TABLE check_ins ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
DROP INDEX check_ins_client;
CREATE INDEX check_ins_client ON check_ins (client_id, created_at DESC, seq DESC);
