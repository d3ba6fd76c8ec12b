package kz.civic.registry;

/** Non-profit legal forms (domain-brief §8.1); political parties, trade unions and religious associations get no state NGO funding (§10.3). */
public enum LegalForm {
    PUBLIC_ASSOCIATION(true),
    PUBLIC_FOUNDATION(true),
    CORPORATE_FOUNDATION(true),
    ASSOCIATION_OF_LEGAL_ENTITIES(true),
    INSTITUTION(true),
    NON_PROFIT_JSC(true),
    CONSUMER_COOPERATIVE(true),
    RELIGIOUS_ASSOCIATION(false),
    POLITICAL_PARTY(false),
    TRADE_UNION(false),
    PROPERTY_OWNERS_ASSOCIATION(true),
    FOREIGN_NPO_BRANCH(false),
    FOREIGN_NPO_REP_OFFICE(false),
    OTHER(true);

    private final boolean eligibleForStateNgoFunding;

    LegalForm(boolean eligibleForStateNgoFunding) {
        this.eligibleForStateNgoFunding = eligibleForStateNgoFunding;
    }

    public boolean eligibleForStateNgoFunding() {
        return eligibleForStateNgoFunding;
    }
}
