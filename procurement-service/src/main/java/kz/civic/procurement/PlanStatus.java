package kz.civic.procurement;

/** A funding plan is drafted, then approved by a procurement officer (its calls may then be announced). */
public enum PlanStatus {
    DRAFT, APPROVED
}
