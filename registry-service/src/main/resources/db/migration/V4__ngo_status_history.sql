-- Every status an NGO has had, with who changed it, when, why and on what legal basis.
CREATE TABLE ngo_status_change (
    id          UUID PRIMARY KEY,
    ngo_id      UUID        NOT NULL REFERENCES ngo (id),
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    reason      TEXT        NOT NULL,
    legal_basis TEXT,
    actor       TEXT        NOT NULL,
    request_id  TEXT,
    changed_at  TIMESTAMPTZ NOT NULL,
    ngo_version BIGINT      NOT NULL
);
CREATE INDEX ngo_status_change_ngo ON ngo_status_change (ngo_id, changed_at, id);
