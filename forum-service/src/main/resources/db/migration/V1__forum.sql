CREATE TABLE forum (
    id             UUID PRIMARY KEY,
    edition_number INT         NOT NULL UNIQUE CHECK (edition_number > 0),
    year           INT         NOT NULL CHECK (year BETWEEN 2003 AND 2100),
    motto_kk       TEXT,
    motto_ru       TEXT,
    motto_en       TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL
);
