CREATE TABLE widget (
    id      UUID PRIMARY KEY,
    name    TEXT NOT NULL,
    version BIGINT NOT NULL
);
-- The consumer side of the test app: how many times each event's effect was applied.
CREATE TABLE widget_replica (
    widget_id UUID PRIMARY KEY,
    name      TEXT NOT NULL,
    applied   INT  NOT NULL
);
