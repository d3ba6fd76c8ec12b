package kz.civic.forum;

/**
 * What proves a recommendation was implemented (issue 4 item 5): a document (a link to an act, a report, a
 * publication) or a funded award of procurement-service. Action-plan items reaching DONE and measured indicator
 * values count as evidence by themselves.
 */
public enum EvidenceKind {
    DOCUMENT, AWARD
}
