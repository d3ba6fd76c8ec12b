package kz.civic.forum;

/**
 * What proves a recommendation was implemented (issue 4 item 5): a document (a link to an act, a report, a
 * publication), a funded award of procurement-service (entered by hand or consumed from its award-decided event) or
 * the approval of such an award's final report (consumed from procurement's report-approved event only).
 * Action-plan items reaching DONE and measured indicator values count as evidence by themselves.
 */
public enum EvidenceKind {
    DOCUMENT, AWARD, AWARD_REPORT
}
