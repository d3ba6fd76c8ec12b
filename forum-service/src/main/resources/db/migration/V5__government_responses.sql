-- Government responses to recommendations (issue 4 item 3) and the edition each recommendation belongs to
-- (the accountability report and the response lists are per forum edition).

ALTER TABLE recommendation ADD COLUMN forum_id UUID REFERENCES forum (id);
UPDATE recommendation r SET forum_id = CASE r.source_type
    WHEN 'REPUBLICAN_FORUM' THEN r.source_id
    WHEN 'REGIONAL_FORUM' THEN (SELECT f.forum_id FROM regional_forum f WHERE f.id = r.source_id)
    ELSE (SELECT p.forum_id FROM dialogue_platform p WHERE p.id = r.source_id) END;
ALTER TABLE recommendation ALTER COLUMN forum_id SET NOT NULL;
CREATE INDEX recommendation_forum ON recommendation (forum_id, created_at, id);
CREATE INDEX recommendation_response_due ON recommendation (response_due_date, id)
    WHERE submitted_at IS NOT NULL AND status <> 'MERGED';

-- One row per answer; a body may answer again (its position changes), the first answer counts for deadlines.
CREATE TABLE recommendation_response (
    id                     UUID PRIMARY KEY,
    recommendation_id      UUID        NOT NULL REFERENCES recommendation (id),
    government_body_id     UUID        NOT NULL,
    position               TEXT        NOT NULL CHECK (position IN ('SUPPORTED', 'PARTIALLY_SUPPORTED', 'NOT_SUPPORTED')),
    text_kk                TEXT,
    text_ru                TEXT,
    text_en                TEXT,
    responded_at           TIMESTAMPTZ NOT NULL,
    response_due_date      DATE        NOT NULL,
    on_time                BOOLEAN     NOT NULL,
    first_from_body        BOOLEAN     NOT NULL,
    actor                  TEXT        NOT NULL,
    request_id             TEXT,
    recommendation_version BIGINT      NOT NULL,
    CONSTRAINT recommendation_response_text_kk_or_ru CHECK (text_kk IS NOT NULL OR text_ru IS NOT NULL)
);
CREATE INDEX recommendation_response_keyset ON recommendation_response (recommendation_id, responded_at, id);
CREATE INDEX recommendation_response_body ON recommendation_response (government_body_id, recommendation_id);
CREATE UNIQUE INDEX recommendation_response_first ON recommendation_response (recommendation_id, government_body_id)
    WHERE first_from_body;
