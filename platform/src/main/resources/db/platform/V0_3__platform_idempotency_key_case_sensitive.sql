-- Idempotency keys compare byte for byte: under the schema's case-insensitive collation a key that
-- differs only in letter case was the same key, so another request got the first one's answer.
-- Numbered like every platform migration; Flyway runs it out of order on schemas whose
-- own migrations are numbered higher (quarkus.flyway.out-of-order).
ALTER TABLE idempotency_record
  MODIFY idem_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
