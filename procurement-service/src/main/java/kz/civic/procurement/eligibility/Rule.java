package kz.civic.procurement.eligibility;

/** The eligibility rules of an application, in the order they are reported. */
public enum Rule {
    /** The NGO's registry status is ACTIVE (not registered-only, inactive, suspended, liquidating or liquidated). */
    NGO_ACTIVE,
    /** The NGO filed its NGO-Database report for the previous year (once that report is due). */
    REPORT_FILED,
    /** The NGO's legal form may receive state NGO funding (procurement.eligible-legal-forms). */
    LEGAL_FORM_ELIGIBLE,
    /** The NGO is registered in the call's region (or the call is open to every region). */
    REGION_MATCH,
    /** The NGO works in one of the call's spheres (or the call names none). */
    SPHERE_MATCH,
    /** The requested amount fits the call's budget and, for grants, its band at the year's MCI. */
    AMOUNT_IN_BAND,
    /** The institutional-development part stays within the band's cap (10%) of the requested amount. */
    INSTITUTIONAL_SHARE
}
