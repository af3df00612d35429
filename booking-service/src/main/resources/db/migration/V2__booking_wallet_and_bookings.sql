-- booking-service: credit wallet, bookings, class inventory and package replicas.
-- Version 1 is left free: test classpaths may carry a probe migration of the platform under V1.

-- Replica of the catalog's packages (event-carried state), read by purchases.
CREATE TABLE package_replica (
  id            VARCHAR(64)    NOT NULL PRIMARY KEY,
  name          VARCHAR(200)   NOT NULL,
  credits       INT            NOT NULL,
  price         DECIMAL(12, 2) NOT NULL,
  currency      CHAR(3)        NOT NULL,
  country_code  CHAR(2)        NOT NULL,
  validity_days INT            NOT NULL,
  is_active     BOOLEAN        NOT NULL,
  updated_at    DATETIME(6)    NOT NULL
) ENGINE = InnoDB;

-- Replica of the catalog's classes, holding the authoritative free and reserved seat counts.
-- I2: free_slots + reserved_slots + seat-holding bookings = capacity.
CREATE TABLE class_inventory (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  title            VARCHAR(200) NOT NULL,
  country_code     CHAR(2)      NOT NULL,
  start_time       DATETIME(6)  NOT NULL,
  end_time         DATETIME(6)  NOT NULL,
  capacity         INT          NOT NULL,
  free_slots       INT          NOT NULL,
  reserved_slots   INT          NOT NULL DEFAULT 0,
  required_credits INT          NOT NULL,
  is_active        BOOLEAN      NOT NULL,
  is_cancelled     BOOLEAN      NOT NULL DEFAULT FALSE,
  version          BIGINT       NOT NULL DEFAULT 0,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT ck_class_inventory_free CHECK (free_slots >= 0),
  CONSTRAINT ck_class_inventory_reserved CHECK (reserved_slots >= 0),
  INDEX idx_class_inventory_country_start_active (country_code, start_time, is_active),
  INDEX idx_class_inventory_start (start_time),
  INDEX idx_class_inventory_end (end_time)
) ENGINE = InnoDB;

-- The credit wallet: every column of the original UserPackages table plus credits and country.
CREATE TABLE user_packages (
  id                CHAR(36)    NOT NULL PRIMARY KEY,
  user_id           VARCHAR(64) NOT NULL,
  package_id        VARCHAR(64) NOT NULL,
  country_code      CHAR(2)     NOT NULL,
  credits           INT         NOT NULL,
  remaining_credits INT         NOT NULL,
  purchased_at      DATETIME(6) NOT NULL,
  expires_at        DATETIME(6) NOT NULL,
  is_expired        BOOLEAN     NOT NULL DEFAULT FALSE,
  transaction_id    VARCHAR(100) NOT NULL,
  row_version       BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT ck_user_packages_remaining CHECK (remaining_credits >= 0 AND remaining_credits <= credits),
  CONSTRAINT uk_user_packages_transaction UNIQUE (transaction_id),
  INDEX idx_user_packages_user_expired_expires (user_id, is_expired, expires_at),
  INDEX idx_user_packages_expires_expired (expires_at, is_expired)
) ENGINE = InnoDB;

-- Bookings, including WAITLISTED credit holds. active_key is non-NULL only for an active booking,
-- so the unique index allows at most one active booking or hold per (member, class) (I4).
CREATE TABLE bookings (
  id                CHAR(36)    NOT NULL PRIMARY KEY,
  user_id           VARCHAR(64) NOT NULL,
  class_schedule_id VARCHAR(64) NOT NULL,
  user_package_id   CHAR(36)    NOT NULL,
  credits_used      INT         NOT NULL,
  booked_at         DATETIME(6) NOT NULL,
  checked_in_at     DATETIME(6) NULL,
  is_cancelled      BOOLEAN     NOT NULL DEFAULT FALSE,
  cancelled_at      DATETIME(6) NULL,
  is_refunded       BOOLEAN     NOT NULL DEFAULT FALSE,
  status            VARCHAR(16) NOT NULL,
  row_version       BIGINT      NOT NULL DEFAULT 0,
  hold_request_id   VARCHAR(64) NULL,
  promoted_slot_ref CHAR(36)    NULL,
  active_key        VARCHAR(140) GENERATED ALWAYS AS (
    CASE WHEN status IN ('CONFIRMED', 'CHECKED_IN', 'WAITLISTED')
         THEN CONCAT(user_id, ':', class_schedule_id) END) STORED,
  CONSTRAINT uk_bookings_active UNIQUE (active_key),
  CONSTRAINT uk_bookings_hold_request UNIQUE (hold_request_id),
  INDEX idx_bookings_user_class (user_id, class_schedule_id),
  INDEX idx_bookings_class_status (class_schedule_id, status),
  INDEX idx_bookings_package (user_package_id)
) ENGINE = InnoDB;

-- Seats freed by a cancellation while members waited: each one is consumed or released exactly once.
CREATE TABLE reserved_slot (
  slot_ref           CHAR(36)    NOT NULL PRIMARY KEY,
  class_id           VARCHAR(64) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  state              VARCHAR(16) NOT NULL,
  used_by_booking_id CHAR(36)    NULL,
  INDEX idx_reserved_slot_class_state (class_id, state)
) ENGINE = InnoDB;

-- One row per member, locked first by every member-initiated booking transaction so that one
-- member's bookings of different classes cannot both pass the overlap check.
CREATE TABLE member_guard (
  user_id    VARCHAR(64) NOT NULL PRIMARY KEY,
  touched_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;
