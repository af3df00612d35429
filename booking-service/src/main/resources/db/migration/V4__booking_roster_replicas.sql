-- The class roster (GET /api/v1/classes/{id}/roster) names members and lists the waitlist from two replicas, each
-- fed by its owner's topic through the inbox; never read from another service's tables.

-- Members' names from identity.users.v1 (nothing else of the profile is kept). A member whose event has not
-- arrived has no row: the roster shows no name for them.
CREATE TABLE member_name_replica (
  user_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
  first_name VARCHAR(100) NULL,
  last_name  VARCHAR(100) NULL,
  updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB;

-- Waitlist entries from waitlist.entries.v1. status: WAITING, then PROMOTED, LEFT or REFUNDED for good (an ended
-- entry never waits again). joined_at orders the queue; booking_id is the entry's credit hold in bookings.
CREATE TABLE waitlist_entry_replica (
  id         VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id    VARCHAR(64) NOT NULL,
  class_id   VARCHAR(64) NOT NULL,
  booking_id VARCHAR(64) NULL,
  status     VARCHAR(16) NOT NULL,
  joined_at  DATETIME(6) NULL,
  updated_at DATETIME(6) NOT NULL,
  INDEX idx_waitlist_entry_replica_class_status_joined (class_id, status, joined_at)
) ENGINE = InnoDB;
