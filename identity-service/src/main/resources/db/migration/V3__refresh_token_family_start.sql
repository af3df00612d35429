-- Every link of a refresh-token family carries the family's login time, so the absolute session
-- lifetime is checked without reading the rest of the family. Existing families start at their
-- oldest stored link.
ALTER TABLE refresh_tokens ADD COLUMN family_started_at DATETIME(6) NULL AFTER token_hash;

UPDATE refresh_tokens t
  JOIN (SELECT family_id, MIN(issued_at) AS started FROM refresh_tokens GROUP BY family_id) f
    ON f.family_id = t.family_id
   SET t.family_started_at = f.started;

ALTER TABLE refresh_tokens MODIFY family_started_at DATETIME(6) NOT NULL;
