-- Catalog definitions: countries, credit packages, class schedules, and the availability view
-- fed by the booking service. Times are UTC (DATETIME(6)).

CREATE TABLE countries (
  id         CHAR(36)     NOT NULL PRIMARY KEY,
  code       CHAR(2)      NOT NULL,
  name       VARCHAR(100) NOT NULL,
  time_zone  VARCHAR(64)  NOT NULL,
  is_active  BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  CONSTRAINT uk_countries_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Packages and classes refer to their country by its immutable ISO code (the original CountryId).
CREATE TABLE packages (
  id            CHAR(36)      NOT NULL PRIMARY KEY,
  name          VARCHAR(100)  NOT NULL,
  credits       INT           NOT NULL,
  price         DECIMAL(15,3) NOT NULL,
  currency      CHAR(3)       NOT NULL,
  country_code  CHAR(2)       NOT NULL,
  validity_days INT           NOT NULL,
  is_active     BOOLEAN       NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_packages_country FOREIGN KEY (country_code) REFERENCES countries (code),
  CONSTRAINT ck_packages_credits CHECK (credits > 0),
  CONSTRAINT ck_packages_validity CHECK (validity_days > 0),
  INDEX idx_packages_country_active (country_code, is_active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE class_schedules (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  title            VARCHAR(200)  NOT NULL,
  description      VARCHAR(2000) NOT NULL,
  country_code     CHAR(2)       NOT NULL,
  start_time       DATETIME(6)   NOT NULL,
  end_time         DATETIME(6)   NOT NULL,
  capacity         INT           NOT NULL,
  required_credits INT           NOT NULL,
  is_active        BOOLEAN       NOT NULL,
  is_cancelled     BOOLEAN       NOT NULL,
  cancelled_at     DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  row_version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_class_schedules_country FOREIGN KEY (country_code) REFERENCES countries (code),
  CONSTRAINT ck_class_schedules_times CHECK (start_time < end_time),
  CONSTRAINT ck_class_schedules_capacity CHECK (capacity >= 1),
  CONSTRAINT ck_class_schedules_credits CHECK (required_credits >= 1),
  INDEX idx_class_schedules_country_start_active (country_code, start_time, is_active),
  INDEX idx_class_schedules_start (start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The original AvailableSlots column lives here, as last reported by the booking service.
-- No foreign key: a report is kept even if it arrives for a class this schema does not hold.
CREATE TABLE class_availability (
  class_id       CHAR(36)    NOT NULL PRIMARY KEY,
  capacity       INT         NOT NULL,
  free_slots     INT         NOT NULL,
  reserved_slots INT         NOT NULL,
  booked_slots   INT         NOT NULL,
  updated_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
