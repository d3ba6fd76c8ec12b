package kz.civic.forum;

/**
 * Who a recommendation is addressed to (domain-brief §2.4, L308). The two agency types name a
 * government body of the matching level from the registry.
 */
public enum AddresseeType {
    CENTRAL_AGENCY("CENTRAL"), LOCAL_AGENCY("LOCAL"), CIVIL_ALLIANCE(null), BUSINESS(null), EXPERTS(null);

    private final String governmentBodyLevel;

    AddresseeType(String governmentBodyLevel) {
        this.governmentBodyLevel = governmentBodyLevel;
    }

    /** True for the types that must name a government body. */
    public boolean isAgency() {
        return governmentBodyLevel != null;
    }

    /** The registry level (CENTRAL or LOCAL) of the body an agency addressee names; null for the others. */
    public String governmentBodyLevel() {
        return governmentBodyLevel;
    }
}
