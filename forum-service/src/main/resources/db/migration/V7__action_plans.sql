-- Action plans implementing a forum edition's recommendations, their items, indicators and measurements (issue 4 item 4).

CREATE TABLE action_plan (
    id           UUID PRIMARY KEY,
    forum_id     UUID        NOT NULL REFERENCES forum (id),
    title_kk     TEXT,
    title_ru     TEXT,
    title_en     TEXT,
    period_start INT         NOT NULL CHECK (period_start BETWEEN 2003 AND 2100),
    period_end   INT         NOT NULL CHECK (period_end BETWEEN 2003 AND 2100),
    created_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT action_plan_title_kk_or_ru CHECK (title_kk IS NOT NULL OR title_ru IS NOT NULL),
    CONSTRAINT action_plan_period CHECK (period_end >= period_start)
);
CREATE INDEX action_plan_keyset ON action_plan (created_at, id);

CREATE TABLE action_plan_item (
    id                  UUID PRIMARY KEY,
    plan_id             UUID          NOT NULL REFERENCES action_plan (id),
    title_kk            TEXT,
    title_ru            TEXT,
    title_en            TEXT,
    responsible_body_id UUID          NOT NULL,
    deadline            DATE          NOT NULL,
    weight              NUMERIC(9, 3) NOT NULL CHECK (weight > 0),
    status              TEXT          NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    indicator_unit      TEXT          NOT NULL,
    indicator_baseline  NUMERIC(19, 4) NOT NULL,
    indicator_target    NUMERIC(19, 4) NOT NULL,
    current_value       NUMERIC(19, 4),
    current_measured_on DATE,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT action_plan_item_title_kk_or_ru CHECK (title_kk IS NOT NULL OR title_ru IS NOT NULL),
    CONSTRAINT action_plan_item_indicator CHECK (indicator_target <> indicator_baseline),
    CONSTRAINT action_plan_item_current CHECK ((current_value IS NULL) = (current_measured_on IS NULL))
);
CREATE INDEX action_plan_item_keyset ON action_plan_item (plan_id, created_at, id);
CREATE INDEX action_plan_item_body ON action_plan_item (responsible_body_id);

CREATE TABLE action_plan_item_recommendation (
    item_id           UUID NOT NULL REFERENCES action_plan_item (id),
    position          INT  NOT NULL,
    recommendation_id UUID NOT NULL REFERENCES recommendation (id),
    PRIMARY KEY (item_id, position)
);
CREATE INDEX action_plan_item_recommendation_rec ON action_plan_item_recommendation (recommendation_id, item_id);

CREATE TABLE indicator_measurement (
    id          UUID PRIMARY KEY,
    item_id     UUID           NOT NULL REFERENCES action_plan_item (id),
    value       NUMERIC(19, 4) NOT NULL,
    measured_on DATE           NOT NULL,
    actor       TEXT           NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX indicator_measurement_keyset ON indicator_measurement (item_id, measured_on, recorded_at, id);

CREATE TABLE action_plan_item_status_change (
    id           UUID PRIMARY KEY,
    item_id      UUID        NOT NULL REFERENCES action_plan_item (id),
    from_status  TEXT,
    to_status    TEXT        NOT NULL,
    reason       TEXT,
    actor        TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    item_version BIGINT      NOT NULL,
    CONSTRAINT action_plan_item_status_change_version UNIQUE (item_id, item_version)
);
