-- forum-service's own records of registry data, built from registry events (never shared code):
-- recommendation authors must be known NGOs, agency addressees known government bodies.
-- source_version is the registry's aggregate version; an event that is not newer is ignored.

CREATE TABLE ngo_replica (
    id             UUID PRIMARY KEY,
    name_kk        TEXT,
    name_ru        TEXT,
    name_en        TEXT,
    status         TEXT        NOT NULL,
    source_version BIGINT      NOT NULL,
    last_event_id  TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
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
