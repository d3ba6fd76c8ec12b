CREATE TABLE ngo (
    id                UUID PRIMARY KEY,
    bin               CHAR(12) UNIQUE,
    legacy            BOOLEAN     NOT NULL DEFAULT FALSE,
    name_kk           TEXT,
    name_ru           TEXT,
    name_en           TEXT,
    short_name        TEXT,
    legal_form        TEXT        NOT NULL,
    region_code       TEXT        NOT NULL,
    registration_date DATE        NOT NULL,
    status            TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT ngo_bin_or_legacy CHECK (bin IS NOT NULL OR legacy),
    CONSTRAINT ngo_name_kk_or_ru CHECK (name_kk IS NOT NULL OR name_ru IS NOT NULL)
);
CREATE INDEX ngo_region_id ON ngo (region_code, id);
CREATE INDEX ngo_status_id ON ngo (status, id);
