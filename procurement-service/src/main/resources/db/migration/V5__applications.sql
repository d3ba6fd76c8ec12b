-- Applications of NGOs to calls with their explained eligibility (issue 5 item 3).
CREATE TABLE application (
    id                      UUID PRIMARY KEY,
    call_id                 UUID           NOT NULL REFERENCES funding_call (id),
    ngo_id                  UUID           NOT NULL,
    project_title           TEXT           NOT NULL,
    project_description     TEXT           NOT NULL,
    language                TEXT           NOT NULL CHECK (language IN ('kk', 'ru')),
    requested_kzt           NUMERIC(17, 2) NOT NULL CHECK (requested_kzt > 0),
    institutional_kzt       NUMERIC(17, 2) NOT NULL DEFAULT 0 CHECK (institutional_kzt >= 0),
    status                  TEXT           NOT NULL,
    -- every rule with pass/fail and reason, as checked at submission
    eligibility             JSONB          NOT NULL,
    -- the latest re-check (after an event changed the NGO); flagged when a rule fails now
    flagged                 BOOLEAN        NOT NULL DEFAULT FALSE,
    flagged_at              TIMESTAMPTZ,
    recheck                 JSONB,
    rechecked_at            TIMESTAMPTZ,
    submitted_by            TEXT           NOT NULL,
    submitted_at            TIMESTAMPTZ    NOT NULL,
    version                 BIGINT         NOT NULL,
    UNIQUE (call_id, ngo_id)
);
CREATE INDEX application_ngo ON application (ngo_id);
CREATE INDEX application_call ON application (call_id, id);
