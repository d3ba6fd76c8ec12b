-- Full-text search over recommendation text (issue 4 item 9): kk with the simple configuration (no Kazakh
-- stemmer in PostgreSQL), ru and en with their stemmers. The query matches when it matches in one of the three.
CREATE FUNCTION recommendation_tsv(kk TEXT, ru TEXT, en TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, coalesce(kk, ''))
        || to_tsvector('russian'::regconfig, coalesce(ru, ''))
        || to_tsvector('english'::regconfig, coalesce(en, ''))
$$;

CREATE FUNCTION recommendation_matches(kk TEXT, ru TEXT, en TEXT, q TEXT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT recommendation_tsv(kk, ru, en) @@ (plainto_tsquery('simple'::regconfig, q)
        || plainto_tsquery('russian'::regconfig, q) || plainto_tsquery('english'::regconfig, q))
$$;

-- Array membership for the sphere and SDG filters, written so the GIN indexes below apply once inlined.
CREATE FUNCTION text_array_has(a TEXT[], v TEXT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT a @> ARRAY[v] $$;

CREATE FUNCTION int_array_has(a INT[], v INT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT a @> ARRAY[v] $$;

CREATE INDEX recommendation_text_search ON recommendation USING gin (recommendation_tsv(text_kk, text_ru, text_en));
CREATE INDEX recommendation_spheres ON recommendation USING gin (spheres);
CREATE INDEX recommendation_sdg_goals ON recommendation USING gin (sdg_goals);
