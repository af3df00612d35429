-- Waitlist entries: the original WaitlistEntry columns plus status, the credit hold's booking id and
-- the join sequence that orders the FIFO queue (strictly increasing, unlike timestamps).
CREATE TABLE waitlist_entry (
  id                CHAR(36)     NOT NULL,
  join_seq          BIGINT       NOT NULL AUTO_INCREMENT,
  user_id           VARCHAR(64)  NOT NULL,
  class_schedule_id VARCHAR(64)  NOT NULL,
  booking_id        VARCHAR(64)  NULL,
  joined_at         DATETIME(6)  NOT NULL,
  position          INT          NOT NULL,
  is_promoted       BOOLEAN      NOT NULL DEFAULT FALSE,
  promoted_at       DATETIME(6)  NULL,
  is_refunded       BOOLEAN      NOT NULL DEFAULT FALSE,
  status            VARCHAR(16)  NOT NULL,
  ended_at          DATETIME(6)  NULL,
  promoted_slot_ref VARCHAR(64)  NULL,
  -- One WAITING entry per (member, class); ended entries do not block a new join.
  active_key        VARCHAR(130) GENERATED ALWAYS AS
                      (IF(status = 'WAITING', CONCAT(user_id, ':', class_schedule_id), NULL)) STORED,
  PRIMARY KEY (id),
  CONSTRAINT uk_waitlist_join_seq UNIQUE (join_seq),
  CONSTRAINT uk_waitlist_active_user_class UNIQUE (active_key),
  INDEX idx_waitlist_user_class (user_id, class_schedule_id),
  INDEX idx_waitlist_class_position_promoted (class_schedule_id, position, is_promoted),
  INDEX idx_waitlist_class_status_seq (class_schedule_id, status, join_seq),
  INDEX idx_waitlist_status_class (status, class_schedule_id)
) ENGINE = InnoDB;

-- Replica of the catalog's class schedules: what the refund job and promotion need to know.
CREATE TABLE class_schedule_replica (
  id         VARCHAR(64) NOT NULL,
  start_time DATETIME(6) NOT NULL,
  end_time   DATETIME(6) NOT NULL,
  active     BOOLEAN     NOT NULL,
  cancelled  BOOLEAN     NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  INDEX idx_class_replica_start (start_time)
) ENGINE = InnoDB;

-- A seat booking reserved for the waitlist (slot_ref = the cancelled booking's id); the primary key
-- is the guard that gives every freed seat exactly one resolution.
CREATE TABLE freed_slot (
  slot_ref          VARCHAR(64) NOT NULL,
  class_schedule_id VARCHAR(64) NOT NULL,
  state             VARCHAR(16) NOT NULL,
  promoted_entry_id CHAR(36)    NULL,
  received_at       DATETIME(6) NOT NULL,
  resolved_at       DATETIME(6) NULL,
  attempts          INT         NOT NULL DEFAULT 0,
  next_attempt_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (slot_ref),
  INDEX idx_freed_slot_due (state, next_attempt_at)
) ENGINE = InnoDB;
