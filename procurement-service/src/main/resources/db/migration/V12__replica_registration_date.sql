-- The NGO's registration date from registry events (issue 16 item 2): an NGO-Database report is due only for the
-- full calendar years the NGO existed. Replicas written before have none until their next registry snapshot event;
-- eligibility then takes them to have existed all along (the rule as it was).
ALTER TABLE ngo_replica ADD COLUMN registration_date DATE;
