-- The W3C trace context (traceparent) an event was written in, sent on as a Kafka header.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(128) NULL;
