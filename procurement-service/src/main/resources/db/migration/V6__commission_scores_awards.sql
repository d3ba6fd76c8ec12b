-- Commission evaluation and awards (issue 5 items 4-5).

-- Members of a call's commission; the IIN is kept only as the salted hash registry events use.
CREATE TABLE commission_member (
    call_id   UUID        NOT NULL REFERENCES funding_call (id),
    member_id TEXT        NOT NULL,
    iin_hash  CHAR(64)    NOT NULL,
    added_by  TEXT        NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (call_id, member_id)
);

-- A member stepping back from one application: declared by the member, or detected (the member is
-- a leader or founder of the applicant NGO).
CREATE TABLE recusal (
    application_id UUID        NOT NULL REFERENCES application (id),
    member_id      TEXT        NOT NULL,
    source         TEXT        NOT NULL CHECK (source IN ('DECLARED', 'DETECTED')),
    reason         TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, member_id)
);

-- One member's scores of one application, per criterion (0-100).
CREATE TABLE score (
    application_id UUID        NOT NULL REFERENCES application (id),
    member_id      TEXT        NOT NULL,
    criterion      TEXT        NOT NULL,
    value          INT         NOT NULL CHECK (value BETWEEN 0 AND 100),
    scored_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, member_id, criterion)
);

CREATE TABLE award (
    id             UUID PRIMARY KEY,
    call_id        UUID           NOT NULL REFERENCES funding_call (id),
    application_id UUID           NOT NULL UNIQUE REFERENCES application (id),
    ngo_id         UUID           NOT NULL,
    amount_kzt     NUMERIC(17, 2) NOT NULL CHECK (amount_kzt > 0),
    decided_by     TEXT           NOT NULL,
    decided_at     TIMESTAMPTZ    NOT NULL,
    version        BIGINT         NOT NULL
);
CREATE INDEX award_call ON award (call_id, id);
