package kz.civic.procurement;

/** A grantee report: INTERIM report k covers tranche k; the FINAL report closes the contract. */
public enum ReportKind {
    INTERIM, FINAL
}
