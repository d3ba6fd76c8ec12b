-- Memberships of NGOs in associations (e.g. the Civil Alliance and its regional branches).
-- A membership that ended keeps its row with valid_until; at most one open membership per pair.
CREATE TABLE ngo_membership (
    id             UUID PRIMARY KEY,
    ngo_id         UUID        NOT NULL REFERENCES ngo (id),
    member_of_id   UUID        NOT NULL REFERENCES ngo (id),
    since          DATE        NOT NULL,
    valid_until    DATE,
    created_at     TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ,
    CONSTRAINT ngo_membership_not_self CHECK (ngo_id <> member_of_id),
    CONSTRAINT ngo_membership_period CHECK (valid_until IS NULL OR valid_until >= since)
);
CREATE UNIQUE INDEX ngo_membership_open ON ngo_membership (ngo_id, member_of_id) WHERE valid_until IS NULL;
CREATE INDEX ngo_membership_member_of ON ngo_membership (member_of_id, ngo_id) WHERE valid_until IS NULL;
