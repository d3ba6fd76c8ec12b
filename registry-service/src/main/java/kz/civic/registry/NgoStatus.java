package kz.civic.registry;

/** NGO status (domain-brief §6.2); transitions arrive with the registry issue. */
public enum NgoStatus {
    REGISTERED, ACTIVE, INACTIVE, SUSPENDED, LIQUIDATING, LIQUIDATED
}
