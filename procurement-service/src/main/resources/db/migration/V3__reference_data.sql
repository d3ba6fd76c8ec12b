-- Procurement reference data (issue 5 item 1; domain-brief §10.7).

-- The monthly calculation index (МРП / MCI) per year, in KZT. Source: the annual Law on the
-- republican budget (2023: 3,450; 2024: 3,692; 2025: 3,932). 2026: 4,325 as given in the project
-- brief, an assumption to verify against the 2026-2028 budget law. New years are added by migration.
CREATE TABLE mci_rate (
    year       INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    amount_kzt NUMERIC(12, 2) NOT NULL CHECK (amount_kzt > 0),
    source     TEXT           NOT NULL
);

INSERT INTO mci_rate (year, amount_kzt, source) VALUES
    (2023, 3450.00, 'Law on the republican budget for 2023-2025'),
    (2024, 3692.00, 'Law on the republican budget for 2024-2026'),
    (2025, 3932.00, 'Law on the republican budget for 2025-2027'),
    (2026, 4325.00, 'project brief (assumption; verify against the law on the republican budget for 2026-2028)');

-- State grant size bands, in MCI, by project duration. max_mci NULL = no upper limit. Up to
-- institutional_share_max of a grant may go to the grantee's institutional development.
CREATE TABLE grant_band (
    code                    TEXT PRIMARY KEY,
    min_months              INT          NOT NULL,
    max_months              INT          NOT NULL,
    min_mci                 INT          NOT NULL,
    max_mci                 INT,
    institutional_share_max NUMERIC(4, 3) NOT NULL,
    sort_order              INT          NOT NULL UNIQUE,
    CHECK (min_months <= max_months),
    CHECK (max_mci IS NULL OR min_mci <= max_mci)
);

INSERT INTO grant_band (code, min_months, max_months, min_mci, max_mci, institutional_share_max, sort_order) VALUES
    ('SHORT_TERM', 3, 12, 500, 3000, 0.100, 10),
    ('MEDIUM_TERM', 12, 24, 3000, 10000, 0.100, 20),
    ('LONG_TERM', 24, 36, 10000, NULL, 0.100, 30);
