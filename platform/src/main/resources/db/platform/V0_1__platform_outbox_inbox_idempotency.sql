-- Tables every service carries: transactional outbox, inbox (processed events), idempotency keys.
CREATE TABLE outbox_event (
  seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id     CHAR(36)     NOT NULL,
  topic        VARCHAR(200) NOT NULL,
  event_key    VARCHAR(200) NOT NULL,
  event_type   VARCHAR(200) NOT NULL,
  payload      MEDIUMTEXT   NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  published_at DATETIME(6)  NULL,
  attempts     INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_outbox_event_id UNIQUE (event_id),
  INDEX idx_outbox_pending (published_at, seq)
) ENGINE = InnoDB;

CREATE TABLE inbox_event (
  consumer     VARCHAR(100) NOT NULL,
  event_id     VARCHAR(100) NOT NULL,
  processed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB;

CREATE TABLE idempotency_record (
  caller        VARCHAR(100) NOT NULL,
  idem_key      VARCHAR(255) NOT NULL,
  request_hash  CHAR(64)     NOT NULL,
  state         VARCHAR(16)  NOT NULL,
  status_code   INT          NULL,
  response_body MEDIUMTEXT   NULL,
  created_at    DATETIME(6)  NOT NULL,
  completed_at  DATETIME(6)  NULL,
  PRIMARY KEY (caller, idem_key),
  INDEX idx_idempotency_created (created_at)
) ENGINE = InnoDB;
