-- The full NGO profile (issue 3, item 2).
ALTER TABLE ngo
    ADD COLUMN aliases             TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN address             TEXT,
    ADD COLUMN settlement          TEXT,
    ADD COLUMN parent_ngo_id       UUID REFERENCES ngo (id),
    ADD COLUMN contact_email       TEXT,
    ADD COLUMN contact_phone       TEXT,
    ADD COLUMN website             TEXT,
    ADD COLUMN volunteers_count    INT CHECK (volunteers_count >= 0),
    ADD COLUMN beneficiaries_count INT CHECK (beneficiaries_count >= 0),
    ADD COLUMN updated_at          TIMESTAMPTZ;
CREATE INDEX ngo_parent ON ngo (parent_ngo_id) WHERE parent_ngo_id IS NOT NULL;

CREATE TABLE ngo_sphere (
    ngo_id      UUID NOT NULL REFERENCES ngo (id),
    sphere_code TEXT NOT NULL REFERENCES sphere (code),
    PRIMARY KEY (ngo_id, sphere_code)
);
CREATE INDEX ngo_sphere_code ON ngo_sphere (sphere_code, ngo_id);

-- Leader and founders: personal data. The IIN never leaves this service in clear; events carry
-- iin_hash (HMAC-SHA256 with the deployment's salt).
CREATE TABLE ngo_person (
    ngo_id    UUID NOT NULL REFERENCES ngo (id),
    position  INT  NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('LEADER', 'FOUNDER')),
    full_name TEXT NOT NULL,
    iin       CHAR(12) NOT NULL,
    iin_hash  TEXT NOT NULL,
    PRIMARY KEY (ngo_id, position)
);
CREATE INDEX ngo_person_iin_hash ON ngo_person (iin_hash);
