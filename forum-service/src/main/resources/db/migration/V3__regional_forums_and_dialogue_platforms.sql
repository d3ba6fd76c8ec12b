-- Regional forums (one per region and edition) and dialogue platforms (of an edition or a regional forum).

CREATE TABLE regional_forum (
    id                    UUID PRIMARY KEY,
    forum_id              UUID        NOT NULL REFERENCES forum (id),
    region_code           TEXT        NOT NULL CHECK (region_code ~ '^KZ-[0-9A-Z]{2,3}$'),
    local_sequence_number INT         NOT NULL CHECK (local_sequence_number > 0),
    venue_kk              TEXT,
    venue_ru              TEXT,
    venue_en              TEXT,
    start_date            DATE        NOT NULL,
    end_date              DATE        NOT NULL,
    priority_issue_kk     TEXT,
    priority_issue_ru     TEXT,
    priority_issue_en     TEXT,
    participants_total    INT         NOT NULL CHECK (participants_total >= 0),
    created_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL,
    CONSTRAINT regional_forum_one_per_region UNIQUE (forum_id, region_code),
    CONSTRAINT regional_forum_dates CHECK (end_date >= start_date),
    CONSTRAINT regional_forum_venue_kk_or_ru CHECK (venue_kk IS NOT NULL OR venue_ru IS NOT NULL)
);
CREATE INDEX regional_forum_keyset ON regional_forum (created_at, id);
CREATE INDEX regional_forum_forum_keyset ON regional_forum (forum_id, created_at, id);

CREATE TABLE regional_forum_participants (
    regional_forum_id UUID NOT NULL REFERENCES regional_forum (id),
    category          TEXT NOT NULL CHECK (category IN ('NGO', 'GOVERNMENT', 'BUSINESS', 'POLITICAL_PARTY',
                          'RELIGIOUS_ASSOCIATION', 'DEPUTY', 'EXPERT', 'INTERNATIONAL', 'DIPLOMATIC', 'MEDIA',
                          'FOREIGN_PUBLIC', 'CITIZEN')),
    participants      INT  NOT NULL CHECK (participants >= 0),
    PRIMARY KEY (regional_forum_id, category)
);

CREATE TABLE dialogue_platform (
    id                UUID PRIMARY KEY,
    forum_id          UUID        NOT NULL REFERENCES forum (id),
    regional_forum_id UUID REFERENCES regional_forum (id),
    title_kk          TEXT,
    title_ru          TEXT,
    title_en          TEXT,
    topic_kk          TEXT,
    topic_ru          TEXT,
    topic_en          TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT dialogue_platform_title_kk_or_ru CHECK (title_kk IS NOT NULL OR title_ru IS NOT NULL)
);
CREATE INDEX dialogue_platform_keyset ON dialogue_platform (created_at, id);
CREATE INDEX dialogue_platform_forum_keyset ON dialogue_platform (forum_id, created_at, id);
CREATE INDEX dialogue_platform_regional_forum_keyset ON dialogue_platform (regional_forum_id, created_at, id);
