-- The headers of a stored answer (JSON object: name -> values), so that a replay is the first answer byte for
-- byte (Content-Type with its charset, Location, ETag, Content-Language, ...). Repeatable and idempotent: it
-- takes no version number from the services' own migrations and applies to databases created before it.
ALTER TABLE idempotency_record ADD COLUMN IF NOT EXISTS response_headers TEXT;
