-- Test-only table: the observable effect of the probe consumer and idempotent endpoint.
CREATE TABLE probe_effect (
  id       BIGINT AUTO_INCREMENT PRIMARY KEY,
  ref      VARCHAR(100) NOT NULL,
  INDEX idx_probe_ref (ref)
) ENGINE = InnoDB;
