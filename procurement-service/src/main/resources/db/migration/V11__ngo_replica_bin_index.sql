-- Lookup of the replica by BIN (GET /api/v1/procurement/ngos/by-bin/{bin}, issue 16 item 1). Not unique:
-- the registry keeps BINs unique, and the replica never refuses an event.
CREATE INDEX ngo_replica_bin ON ngo_replica (bin);
