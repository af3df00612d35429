-- The id of the client request that caused an event, sent on as a Kafka header.
ALTER TABLE outbox_event ADD COLUMN request_id VARCHAR(128) NULL;
