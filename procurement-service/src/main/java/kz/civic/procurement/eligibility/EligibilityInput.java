package kz.civic.procurement.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules look at, so that they are pure functions: the NGO as the replica knows it,
 * the call's terms, the request, the day of the check, and procurement's reference data.
 *
 * @param ngoStatus         registry status of the NGO
 * @param reportedYears     years the NGO filed its NGO-Database report for
 * @param registeredOn      the NGO's registration date (null when the register did not say: it existed all along)
 * @param legalForm         the NGO's legal form code
 * @param ngoRegion         ISO 3166-2:KZ code of the NGO's registration
 * @param ngoSpheres        the NGO's sphere codes
 * @param callRegion        the call's region, null for every region
 * @param callSpheres       the call's spheres, empty for any
 * @param callBudget        the call's whole budget in KZT
 * @param band              the call's grant band (null for other instruments)
 * @param mci               the MCI of the plan's year in KZT (null without a band)
 * @param requested         the requested amount in KZT
 * @param institutional     the part of it for institutional development in KZT
 * @param on                the day of the check (Asia/Almaty)
 * @param eligibleLegalForms the legal forms that may receive state NGO funding
 */
public record EligibilityInput(String ngoStatus, Set<Integer> reportedYears, LocalDate registeredOn, String legalForm, String ngoRegion,
        List<String> ngoSpheres, String callRegion, List<String> callSpheres, BigDecimal callBudget, Band band,
        BigDecimal mci, BigDecimal requested, BigDecimal institutional, LocalDate on, Set<String> eligibleLegalForms) {

    /** A grant band: size in MCI (maxMci null = unbounded) and the institutional-development cap. */
    public record Band(String code, int minMci, Integer maxMci, BigDecimal institutionalShareMax) {
    }
}
