-- Evidence of implementation and civil-society assessments of recommendations (issue 4 item 5).

CREATE TABLE recommendation_evidence (
    id                UUID PRIMARY KEY,
    recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
    kind              TEXT        NOT NULL CHECK (kind IN ('DOCUMENT', 'AWARD')),
    url               TEXT,
    award_id          UUID,
    description_kk    TEXT,
    description_ru    TEXT,
    description_en    TEXT,
    government_body_id UUID,
    actor             TEXT        NOT NULL,
    added_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT recommendation_evidence_document CHECK ((kind = 'DOCUMENT') = (url IS NOT NULL)),
    CONSTRAINT recommendation_evidence_award CHECK ((kind = 'AWARD') = (award_id IS NOT NULL))
);
CREATE INDEX recommendation_evidence_keyset ON recommendation_evidence (recommendation_id, added_at, id);

CREATE TABLE civil_society_assessment (
    id                UUID PRIMARY KEY,
    recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
    assessor          TEXT        NOT NULL CHECK (assessor IN ('CIVIL_ALLIANCE', 'AUTHOR_NGO')),
    ngo_id            UUID,
    rating            TEXT        NOT NULL CHECK (rating IN ('IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED')),
    comment_kk        TEXT,
    comment_ru        TEXT,
    comment_en        TEXT,
    actor             TEXT        NOT NULL,
    assessed_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT civil_society_assessment_ngo CHECK ((assessor = 'AUTHOR_NGO') = (ngo_id IS NOT NULL)),
    CONSTRAINT civil_society_assessment_comment CHECK (comment_kk IS NOT NULL OR comment_ru IS NOT NULL)
);
CREATE INDEX civil_society_assessment_keyset ON civil_society_assessment (recommendation_id, assessed_at, id);
