-- The NGO replica's profile (registry ngo.registered / ngo.updated snapshots) and filed reports
-- (ngo.report-filed), the government-body replica (customers of funding plans) and the
-- recommendation replica (what calls may implement).
ALTER TABLE ngo_replica
    ADD COLUMN spheres          TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN parent_ngo_id    UUID,
    ADD COLUMN in_ngo_database  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN last_report_year INT;

-- Leader and founders only as salted IIN hashes (never names or IINs): conflict-of-interest input.
CREATE TABLE ngo_replica_person (
    ngo_id   UUID NOT NULL REFERENCES ngo_replica (ngo_id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('LEADER', 'FOUNDER')),
    iin_hash CHAR(64) NOT NULL,
    PRIMARY KEY (ngo_id, role, iin_hash)
);
CREATE INDEX ngo_replica_person_hash ON ngo_replica_person (iin_hash);

-- Years the NGO has filed its NGO-Database report for (additive: amendments and replays are no-ops).
CREATE TABLE ngo_replica_report (
    ngo_id    UUID        NOT NULL REFERENCES ngo_replica (ngo_id) ON DELETE CASCADE,
    year      INT         NOT NULL,
    report_id UUID        NOT NULL,
    filed_at  TIMESTAMPTZ NOT NULL,
    on_time   BOOLEAN     NOT NULL,
    PRIMARY KEY (ngo_id, year)
);

CREATE TABLE government_body_replica (
    id             UUID PRIMARY KEY,
    name_kk        TEXT,
    name_ru        TEXT,
    name_en        TEXT,
    short_name     TEXT,
    level          TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    parent_id      UUID,
    region_code    TEXT,
    source_version BIGINT      NOT NULL,
    last_event_id  TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE recommendation_replica (
    id             UUID PRIMARY KEY,
    status         TEXT        NOT NULL,
    region_code    TEXT,
    spheres        TEXT[]      NOT NULL DEFAULT '{}',
    source_version BIGINT      NOT NULL,
    last_event_id  TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
