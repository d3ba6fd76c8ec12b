-- Awards granted to NGOs at regional forums (issue 4 item 6).
CREATE TABLE forum_award (
    id                UUID PRIMARY KEY,
    regional_forum_id UUID        NOT NULL REFERENCES regional_forum (id),
    forum_id          UUID        NOT NULL REFERENCES forum (id),
    nomination_kk     TEXT,
    nomination_ru     TEXT,
    nomination_en     TEXT,
    ngo_id            UUID        NOT NULL,
    type              TEXT        NOT NULL CHECK (type IN ('PRIZE', 'LETTER_OF_THANKS')),
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT forum_award_nomination_kk_or_ru CHECK (nomination_kk IS NOT NULL OR nomination_ru IS NOT NULL)
);
CREATE INDEX forum_award_regional_keyset ON forum_award (regional_forum_id, created_at, id);
CREATE INDEX forum_award_forum_keyset ON forum_award (forum_id, created_at, id);
CREATE INDEX forum_award_ngo ON forum_award (ngo_id);
