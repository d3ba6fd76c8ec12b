-- Text search over names and aliases in kk/ru/en, script-insensitive: search_text holds the
-- lower-cased names plus their Latin transliteration (written by the service, see SearchText),
-- indexed with trigrams so partial words match.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE ngo
    ADD COLUMN search_text TEXT NOT NULL DEFAULT '',
    ADD COLUMN sort_name   TEXT NOT NULL DEFAULT '';

UPDATE ngo SET
    sort_name = lower(coalesce(name_ru, name_kk)),
    search_text = lower(concat_ws(' ', name_kk, name_ru, name_en, short_name, array_to_string(aliases, ' ')));

CREATE INDEX ngo_search_text_trgm ON ngo USING gin (search_text gin_trgm_ops);
CREATE INDEX ngo_sort_name_id ON ngo (sort_name, id);
CREATE INDEX ngo_registration_date_id ON ngo (registration_date, id);
CREATE INDEX ngo_legal_form_id ON ngo (legal_form, id);
