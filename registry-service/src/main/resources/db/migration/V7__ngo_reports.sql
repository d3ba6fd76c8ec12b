-- Annual NGO-Database reports (domain-brief §4): one report per NGO and year, amendments kept as
-- revisions. The deadline is 31 March of the following year; on_time is fixed by the first filing.
CREATE TABLE ngo_report (
    id             UUID PRIMARY KEY,
    ngo_id         UUID        NOT NULL REFERENCES ngo (id),
    year           INT         NOT NULL,
    revision       INT         NOT NULL,
    deadline       DATE        NOT NULL,
    filed_at       TIMESTAMPTZ NOT NULL,
    on_time        BOOLEAN     NOT NULL,
    amended_at     TIMESTAMPTZ,
    CONSTRAINT ngo_report_one_per_year UNIQUE (ngo_id, year)
);
CREATE INDEX ngo_report_year ON ngo_report (year, ngo_id);

CREATE TABLE ngo_report_revision (
    report_id      UUID        NOT NULL REFERENCES ngo_report (id),
    revision       INT         NOT NULL,
    filed_at       TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    content        JSONB       NOT NULL,
    PRIMARY KEY (report_id, revision)
);

-- Compliance derived per NGO, kept on the aggregate so search filters and events need no join.
ALTER TABLE ngo
    ADD COLUMN last_report_year    INT,
    ADD COLUMN last_report_on_time BOOLEAN;
CREATE INDEX ngo_last_report_year ON ngo (last_report_year, id);
