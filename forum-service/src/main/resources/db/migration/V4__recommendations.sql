-- Recommendations, their addressees and their status history (issue 4 item 2).

CREATE TABLE recommendation (
    id                UUID PRIMARY KEY,
    text_kk           TEXT,
    text_ru           TEXT,
    text_en           TEXT,
    source_type       TEXT        NOT NULL CHECK (source_type IN ('REPUBLICAN_FORUM', 'REGIONAL_FORUM', 'DIALOGUE_PLATFORM')),
    source_id         UUID        NOT NULL,
    author_ngo_ids    UUID[]      NOT NULL DEFAULT '{}',
    spheres           TEXT[]      NOT NULL DEFAULT '{}',
    region_code       TEXT CHECK (region_code ~ '^KZ-[0-9A-Z]{2,3}$'),
    sdg_goals         INT[]       NOT NULL DEFAULT '{}' CHECK (sdg_goals <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
    priority          TEXT        NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH')),
    status            TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'DECLINED', 'MERGED',
                                      'IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED')),
    merged_into_id    UUID REFERENCES recommendation (id),
    submitted_at      TIMESTAMPTZ,
    response_due_date DATE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT recommendation_text_kk_or_ru CHECK (text_kk IS NOT NULL OR text_ru IS NOT NULL),
    CONSTRAINT recommendation_merge_lineage CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    CONSTRAINT recommendation_not_merged_into_itself CHECK (merged_into_id <> id),
    CONSTRAINT recommendation_submitted CHECK ((status = 'DRAFT') = (submitted_at IS NULL))
);
CREATE INDEX recommendation_keyset ON recommendation (created_at, id);
CREATE INDEX recommendation_status_keyset ON recommendation (status, created_at, id);
CREATE INDEX recommendation_source_keyset ON recommendation (source_type, source_id, created_at, id);
CREATE INDEX recommendation_region_keyset ON recommendation (region_code, created_at, id);
CREATE INDEX recommendation_merged_into ON recommendation (merged_into_id) WHERE merged_into_id IS NOT NULL;

CREATE TABLE recommendation_addressee (
    recommendation_id  UUID NOT NULL REFERENCES recommendation (id),
    position           INT  NOT NULL,
    type               TEXT NOT NULL CHECK (type IN ('CENTRAL_AGENCY', 'LOCAL_AGENCY', 'CIVIL_ALLIANCE', 'BUSINESS', 'EXPERTS')),
    government_body_id UUID,
    PRIMARY KEY (recommendation_id, position),
    CONSTRAINT recommendation_addressee_body CHECK ((type IN ('CENTRAL_AGENCY', 'LOCAL_AGENCY')) = (government_body_id IS NOT NULL))
);
CREATE INDEX recommendation_addressee_type ON recommendation_addressee (type, recommendation_id);
CREATE INDEX recommendation_addressee_body ON recommendation_addressee (government_body_id, recommendation_id);

CREATE TABLE recommendation_status_change (
    id                     UUID PRIMARY KEY,
    recommendation_id      UUID        NOT NULL REFERENCES recommendation (id),
    from_status            TEXT,
    to_status              TEXT        NOT NULL,
    reason                 TEXT,
    merged_into_id         UUID,
    actor                  TEXT        NOT NULL,
    request_id             TEXT,
    changed_at             TIMESTAMPTZ NOT NULL,
    recommendation_version BIGINT      NOT NULL,
    CONSTRAINT recommendation_status_change_version UNIQUE (recommendation_id, recommendation_version)
);
