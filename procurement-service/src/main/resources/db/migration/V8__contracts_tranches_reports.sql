-- Contracts of awards, their tranches (payments), grantee reports and monitoring (issue 5 item 5).

-- One contract per award; its amount is at most the award's, its tranches sum to it.
CREATE TABLE contract (
    id                 UUID PRIMARY KEY,
    award_id           UUID           NOT NULL UNIQUE REFERENCES award (id),
    call_id            UUID           NOT NULL REFERENCES funding_call (id),
    application_id     UUID           NOT NULL REFERENCES application (id),
    ngo_id             UUID           NOT NULL,
    amount_kzt         NUMERIC(17, 2) NOT NULL CHECK (amount_kzt > 0),
    period_start       DATE           NOT NULL,
    period_end         DATE           NOT NULL CHECK (period_end > period_start),
    status             TEXT           NOT NULL CHECK (status IN ('SIGNED', 'COMPLETED', 'TERMINATED')),
    termination_reason TEXT,
    signed_by          TEXT           NOT NULL,
    signed_at          TIMESTAMPTZ    NOT NULL,
    updated_at         TIMESTAMPTZ    NOT NULL,
    version            BIGINT         NOT NULL
);
CREATE INDEX contract_call ON contract (call_id, id);
CREATE INDEX contract_ngo ON contract (ngo_id, id);

-- The payment schedule: tranche 1..n, paid in order.
CREATE TABLE contract_tranche (
    id          UUID PRIMARY KEY,
    contract_id UUID           NOT NULL REFERENCES contract (id),
    sequence    INT            NOT NULL CHECK (sequence >= 1),
    amount_kzt  NUMERIC(17, 2) NOT NULL CHECK (amount_kzt > 0),
    planned_on  DATE           NOT NULL,
    status      TEXT           NOT NULL CHECK (status IN ('PLANNED', 'PAID')),
    paid_by     TEXT,
    paid_at     TIMESTAMPTZ,
    UNIQUE (contract_id, sequence)
);

-- Grantee reports: INTERIM report k covers tranche k (tranche k+1 needs it approved); FINAL closes the contract.
CREATE TABLE contract_report (
    id            UUID PRIMARY KEY,
    contract_id   UUID        NOT NULL REFERENCES contract (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('INTERIM', 'FINAL')),
    tranche       INT,
    narrative     TEXT        NOT NULL,
    indicators    JSONB       NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    review_reason TEXT,
    submitted_by  TEXT        NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL,
    reviewed_by   TEXT,
    reviewed_at   TIMESTAMPTZ,
    version       BIGINT      NOT NULL,
    CHECK ((kind = 'INTERIM') = (tranche IS NOT NULL))
);
CREATE INDEX contract_report_contract ON contract_report (contract_id, id);
-- At most one report of a kind and tranche in review or approved; a rejected one may be submitted again.
CREATE UNIQUE INDEX contract_report_live ON contract_report (contract_id, kind, coalesce(tranche, 0))
    WHERE status IN ('SUBMITTED', 'APPROVED');

-- Monitoring notes and quality scores (1-5) by procurement officers, on a contract or one of its reports.
CREATE TABLE contract_assessment (
    id            UUID PRIMARY KEY,
    contract_id   UUID        NOT NULL REFERENCES contract (id),
    report_id     UUID REFERENCES contract_report (id),
    note          TEXT        NOT NULL,
    quality_score INT CHECK (quality_score BETWEEN 1 AND 5),
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX contract_assessment_contract ON contract_assessment (contract_id, id);

-- What happened to a contract: signed, tranche paid, report submitted / approved / rejected, completed, terminated.
-- seq orders the steps (and pages them).
CREATE TABLE contract_history (
    id          UUID PRIMARY KEY,
    seq         BIGINT      GENERATED ALWAYS AS IDENTITY UNIQUE,
    contract_id UUID        NOT NULL REFERENCES contract (id),
    action      TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    detail      TEXT,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX contract_history_contract ON contract_history (contract_id, seq);
