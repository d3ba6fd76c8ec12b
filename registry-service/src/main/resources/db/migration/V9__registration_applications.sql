-- Registration applications: submitted by an applicant, reviewed by a registrar within 10 working
-- days (due_date), approved (the NGO is registered) or rejected with a reason.
CREATE TABLE registration_application (
    id               UUID PRIMARY KEY,
    status           TEXT        NOT NULL,
    bin              CHAR(12),
    request          JSONB       NOT NULL,
    applicant        TEXT        NOT NULL,
    submitted_at     TIMESTAMPTZ NOT NULL,
    due_date         DATE        NOT NULL,
    decided_at       TIMESTAMPTZ,
    decided_by       TEXT,
    rejection_reason TEXT,
    ngo_id           UUID REFERENCES ngo (id),
    version          BIGINT      NOT NULL
);
CREATE INDEX registration_application_status_due ON registration_application (status, due_date, id);
CREATE INDEX registration_application_applicant ON registration_application (applicant, id);
CREATE UNIQUE INDEX registration_application_pending_bin ON registration_application (bin) WHERE status = 'SUBMITTED';
