-- Funding plans and their calls (lots), issue 5 items 1-2.
CREATE TABLE funding_plan (
    id               UUID PRIMARY KEY,
    year             INT            NOT NULL,
    instrument       TEXT           NOT NULL,
    level            TEXT           NOT NULL,
    customer_body_id UUID           NOT NULL,
    region_code      TEXT,
    budget_kzt       NUMERIC(17, 2) NOT NULL CHECK (budget_kzt > 0),
    title_kk         TEXT,
    title_ru         TEXT,
    title_en         TEXT,
    status           TEXT           NOT NULL,
    created_by       TEXT           NOT NULL,
    created_at       TIMESTAMPTZ    NOT NULL,
    approved_by      TEXT,
    approved_at      TIMESTAMPTZ,
    version          BIGINT         NOT NULL
);
CREATE INDEX funding_plan_customer ON funding_plan (customer_body_id);

CREATE TABLE funding_call (
    id                 UUID PRIMARY KEY,
    plan_id            UUID           NOT NULL REFERENCES funding_plan (id),
    title_kk           TEXT,
    title_ru           TEXT,
    title_en           TEXT,
    spheres            TEXT[]         NOT NULL DEFAULT '{}',
    region_code        TEXT,
    amount_kzt         NUMERIC(17, 2) NOT NULL CHECK (amount_kzt > 0),
    grant_band         TEXT REFERENCES grant_band (code),
    duration_months    INT,
    window_opens_on    DATE           NOT NULL,
    window_closes_on   DATE           NOT NULL CHECK (window_closes_on > window_opens_on),
    recommendation_ids UUID[]         NOT NULL DEFAULT '{}',
    status             TEXT           NOT NULL,
    announced_at       TIMESTAMPTZ,
    created_by         TEXT           NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL,
    version            BIGINT         NOT NULL
);
CREATE INDEX funding_call_plan ON funding_call (plan_id, id);

-- Evaluation criteria of a call; their weights sum to 100.
CREATE TABLE funding_call_criterion (
    call_id  UUID NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    position INT  NOT NULL,
    code     TEXT NOT NULL,
    name_kk  TEXT,
    name_ru  TEXT,
    name_en  TEXT,
    weight   INT  NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (call_id, position),
    UNIQUE (call_id, code)
);

-- Who moved a call, when and why.
CREATE TABLE funding_call_status_change (
    id          UUID PRIMARY KEY,
    call_id     UUID        NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    reason      TEXT,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX funding_call_status_change_call ON funding_call_status_change (call_id, changed_at, id);
