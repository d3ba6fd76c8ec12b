package kz.civic.procurement;

/** How the state funds NGOs (domain-brief §8.3). */
public enum Instrument {
    STATE_SOCIAL_ORDER, STATE_GRANT, NGO_AWARD, STRATEGIC_PARTNERSHIP
}
