-- When the register announced a government body (its government-body.created.v1 event went to the outbox).
-- NULL for the bodies seeded by V3, which no API call created: GovernmentBodyAnnouncer announces them once at start.
ALTER TABLE government_body ADD COLUMN announced_at TIMESTAMPTZ;
CREATE INDEX government_body_unannounced ON government_body (id) WHERE announced_at IS NULL;
