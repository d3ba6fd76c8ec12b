package kz.civic.registry.application;

/** A registration application is pending until a registrar approves or rejects it. */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED
}
