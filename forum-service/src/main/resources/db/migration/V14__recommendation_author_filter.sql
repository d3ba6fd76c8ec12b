-- The recommendation list filtered by author NGO (issue 16 item 13), written like the sphere and SDG filters of
-- V8 so the GIN index applies once the function is inlined.
CREATE FUNCTION uuid_array_has(a UUID[], v UUID) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT a @> ARRAY[v] $$;

CREATE INDEX recommendation_author_ngo_ids ON recommendation USING gin (author_ngo_ids);
