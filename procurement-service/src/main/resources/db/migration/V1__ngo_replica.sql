-- procurement's own record of the registry's NGOs (built from registry.ngos events; eligibility input).
CREATE TABLE ngo_replica (
    ngo_id                         UUID PRIMARY KEY,
    bin                            CHAR(12),
    name_kk                        TEXT,
    name_ru                        TEXT,
    name_en                        TEXT,
    legal_form                     TEXT        NOT NULL,
    eligible_for_state_ngo_funding BOOLEAN     NOT NULL,
    region_code                    TEXT        NOT NULL,
    status                         TEXT        NOT NULL,
    source_version                 BIGINT      NOT NULL,
    last_event_id                  TEXT        NOT NULL,
    updated_at                     TIMESTAMPTZ NOT NULL
);
