-- Evidence consumed from procurement-service (issue 4 item 10, golden thread): an AWARD from
-- kz.civic.procurement.award.decided.v1 and, new, an AWARD_REPORT (the award's FINAL report approved) from
-- kz.civic.procurement.report.approved.v1, which carries the report id.

ALTER TABLE recommendation_evidence ADD COLUMN report_id UUID;

ALTER TABLE recommendation_evidence DROP CONSTRAINT recommendation_evidence_kind_check;
ALTER TABLE recommendation_evidence ADD CONSTRAINT recommendation_evidence_kind_check
    CHECK (kind IN ('DOCUMENT', 'AWARD', 'AWARD_REPORT'));

ALTER TABLE recommendation_evidence DROP CONSTRAINT recommendation_evidence_award;
ALTER TABLE recommendation_evidence ADD CONSTRAINT recommendation_evidence_award
    CHECK ((kind IN ('AWARD', 'AWARD_REPORT')) = (award_id IS NOT NULL));
ALTER TABLE recommendation_evidence ADD CONSTRAINT recommendation_evidence_report
    CHECK ((kind = 'AWARD_REPORT') = (report_id IS NOT NULL));

-- One piece of evidence per recommendation and award (decided) / report (approved), whoever recorded it first.
CREATE INDEX recommendation_evidence_award_id ON recommendation_evidence (recommendation_id, award_id)
    WHERE award_id IS NOT NULL;
CREATE UNIQUE INDEX recommendation_evidence_report_once ON recommendation_evidence (recommendation_id, report_id)
    WHERE report_id IS NOT NULL;
