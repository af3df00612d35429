-- Version 1 is unused: early test schemas carried a platform test migration with that number.
-- Accounts, emailed one-time tokens, refresh-token sessions and the replica of catalog countries.
-- Emails are stored in canonical lower-case form; the unique key makes them case-insensitively unique.
CREATE TABLE users (
  id             CHAR(36)     NOT NULL PRIMARY KEY,
  email          VARCHAR(254) NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  first_name     VARCHAR(100) NOT NULL,
  last_name      VARCHAR(100) NOT NULL,
  country_code   CHAR(2)      NOT NULL,
  email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
  role           VARCHAR(16)  NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  row_version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_users_email UNIQUE (email),
  INDEX idx_users_country (country_code)
) ENGINE = InnoDB;

-- Only SHA-256 hashes of the emailed secrets are kept.
CREATE TABLE one_time_tokens (
  id         CHAR(36)    NOT NULL PRIMARY KEY,
  user_id    CHAR(36)    NOT NULL,
  purpose    VARCHAR(32) NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  CONSTRAINT uk_one_time_tokens_hash UNIQUE (token_hash),
  INDEX idx_one_time_tokens_user (user_id, purpose, used_at)
) ENGINE = InnoDB;

CREATE TABLE refresh_tokens (
  id         CHAR(36)    NOT NULL PRIMARY KEY,
  user_id    CHAR(36)    NOT NULL,
  family_id  CHAR(36)    NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  issued_at  DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  rotated_at DATETIME(6) NULL,
  revoked_at DATETIME(6) NULL,
  CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
  INDEX idx_refresh_tokens_family (family_id),
  INDEX idx_refresh_tokens_user (user_id)
) ENGINE = InnoDB;

CREATE TABLE countries (
  code       CHAR(2)      NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  time_zone  VARCHAR(64)  NOT NULL,
  active     BOOLEAN      NOT NULL,
  updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB;
