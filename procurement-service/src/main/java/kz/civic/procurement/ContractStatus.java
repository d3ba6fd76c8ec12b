package kz.civic.procurement;

/**
 * Lifecycle of a contract: SIGNED when created; COMPLETED when its FINAL report is approved;
 * TERMINATED (with a reason) by a procurement officer. Both ends are terminal.
 */
public enum ContractStatus {
    SIGNED, COMPLETED, TERMINATED
}
