-- The unique (subscription_id, message_id) constraint checked what holds by construction: each event gets a new
-- random 128-bit message id and one row per subscription. Its index cost every delivery three index entries
-- (insert, claim, result) on the path of the write that caused the event; nothing reads by it.
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_subscription_id_message_id_key;
