package kz.civic.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** procurement-service settings ({@code procurement.*}; environment {@code PROCUREMENT_*}). */
@ConfigMapping(prefix = "procurement")
public interface ProcurementConfig {

    /**
     * Legal forms whose NGOs may receive state NGO funding (the eligibility rule LEGAL_FORM_ELIGIBLE).
     * Default: the forms registry-service marks eligibleForStateNgoFunding in its reference data
     * (V2__reference_data.sql) — all but religious associations, political parties, trade unions and
     * branches / representative offices of foreign NPOs.
     */
    @WithDefault("PUBLIC_ASSOCIATION,PUBLIC_FOUNDATION,CORPORATE_FOUNDATION,ASSOCIATION_OF_LEGAL_ENTITIES,"
            + "INSTITUTION,NON_PROFIT_JSC,CONSUMER_COOPERATIVE,PROPERTY_OWNERS_ASSOCIATION,OTHER")
    Set<String> eligibleLegalForms();

    /** Shortest application window of a state-grant call, in days (issue 5 item 2). */
    @WithDefault("20")
    int grantWindowMinDays();

    /** Longest application window of a state-grant call, in days. */
    @WithDefault("30")
    int grantWindowMaxDays();

    /** Working days the operator has for the compliance check after the window closes (issue 5 item 4). */
    @WithDefault("10")
    int complianceCheckWorkingDays();

    /** Working days the commission has for the evaluation after the compliance check is due. */
    @WithDefault("15")
    int evaluationWorkingDays();
}
