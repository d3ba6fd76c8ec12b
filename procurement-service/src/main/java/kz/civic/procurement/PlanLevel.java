package kz.civic.procurement;

/** The budget level of a funding plan. */
public enum PlanLevel {
    CENTRAL, SECTORAL, REGIONAL
}
