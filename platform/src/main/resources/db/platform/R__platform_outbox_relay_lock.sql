-- The relay lock: every relay pass locks this one row for its transaction, so only one instance of
-- a service publishes at a time and batches reach Kafka in the order they were claimed.
-- Repeatable and idempotent: platform migrations share each service's Flyway history, whose own
-- versions are already past anything the platform could number now.
CREATE TABLE IF NOT EXISTS outbox_relay_lock (
  id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT IGNORE INTO outbox_relay_lock (id) VALUES (1);
