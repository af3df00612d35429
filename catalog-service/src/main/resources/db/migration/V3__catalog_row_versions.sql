-- Countries and packages get the row version classes have: it is their ETag, and a PATCH with
-- If-Match changes the row only at the version the client read.
ALTER TABLE countries ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE packages ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
