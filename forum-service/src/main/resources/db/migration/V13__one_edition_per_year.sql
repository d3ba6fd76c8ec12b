-- The Civil Forum meets at most once a year (issue 16 item 3): one edition per year. ForumService checks it first
-- (409 edition-year-taken) and keeps numbers in the order of years under an advisory lock; this key is the
-- database's guarantee against a concurrent insert.
ALTER TABLE forum ADD CONSTRAINT forum_one_edition_per_year UNIQUE (year);
