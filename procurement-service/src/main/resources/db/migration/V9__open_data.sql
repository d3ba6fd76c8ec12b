-- Open data (issue 5 item 6): government bodies' BINs for the KZ-BIN-<bin> ids of buyers and funders
-- (filled from the next government-body event; registry events always carry it), and indexes for the
-- date-ordered release and grant lists.
ALTER TABLE government_body_replica ADD COLUMN bin TEXT;

CREATE INDEX funding_call_status_change_at ON funding_call_status_change (changed_at, id);
CREATE INDEX award_decided ON award (decided_at, id);
CREATE INDEX award_call_decided ON award (call_id, decided_at, id);
