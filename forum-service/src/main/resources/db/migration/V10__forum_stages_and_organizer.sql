-- An edition's organiser (an NGO of the register, e.g. the Civil Alliance) and its two stages: the regional
-- stage (May to October) and the republican forum with its dates and venue (issue 4 item 1). All optional.
ALTER TABLE forum
    ADD COLUMN organizer_ngo_id    UUID,
    ADD COLUMN regional_start      DATE,
    ADD COLUMN regional_end        DATE,
    ADD COLUMN republican_start    DATE,
    ADD COLUMN republican_end      DATE,
    ADD COLUMN republican_venue_kk TEXT,
    ADD COLUMN republican_venue_ru TEXT,
    ADD COLUMN republican_venue_en TEXT,
    ADD CONSTRAINT forum_regional_stage CHECK ((regional_start IS NULL) = (regional_end IS NULL)
        AND (regional_end IS NULL OR regional_end >= regional_start)),
    ADD CONSTRAINT forum_republican_stage CHECK ((republican_start IS NULL) = (republican_end IS NULL)
        AND (republican_end IS NULL OR republican_end >= republican_start));
