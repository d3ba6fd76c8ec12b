package kz.civic.procurement.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each rule passes and fails on its own; the others stay as they were. */
class EligibilityTest {

    private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 25);
    private static final EligibilityInput.Band SHORT = new EligibilityInput.Band("SHORT_TERM", 500, 3000,
            new BigDecimal("0.100"));
    private static final BigDecimal MCI_2026 = new BigDecimal("4325.00");

    /** Passes every rule: active public foundation in Almaty city, report for 2025, 5,000,000 KZT short-term grant. */
    private static EligibilityInput eligible() {
        return new EligibilityInput("ACTIVE", Set.of(2024, 2025), LocalDate.of(2015, 6, 1), "PUBLIC_FOUNDATION", "KZ-75",
                List.of("SUPPORT_FOR_VULNERABLE_GROUPS", "CULTURE_AND_ART"), "KZ-75", List.of("SUPPORT_FOR_VULNERABLE_GROUPS"),
                new BigDecimal("50000000.00"), SHORT, MCI_2026, new BigDecimal("5000000.00"), new BigDecimal("500000.00"),
                NOV_2026, Set.of("PUBLIC_ASSOCIATION", "PUBLIC_FOUNDATION"));
    }

    private static RuleResult result(EligibilityInput in, Rule rule) {
        List<RuleResult> results = Eligibility.check(in);
        assertEquals(Arrays.asList(Rule.values()), results.stream().map(RuleResult::rule).toList(),
                "every rule is reported, in order");
        return results.stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    /** {@code rule} fails for the input changed by {@code change}, and only it. */
    private static RuleResult failsAlone(Rule rule, UnaryOperator<EligibilityInput> change) {
        EligibilityInput in = change.apply(eligible());
        List<RuleResult> failed = Eligibility.check(in).stream().filter(r -> !r.passed()).toList();
        assertEquals(List.of(rule), failed.stream().map(RuleResult::rule).toList(), "failing: " + failed);
        assertFalse(Eligibility.allPassed(Eligibility.check(in)));
        return failed.get(0);
    }

    private static EligibilityInput with(EligibilityInput i, String status, Set<Integer> years, String form, String region,
            List<String> spheres, BigDecimal requested, BigDecimal institutional, LocalDate on) {
        return new EligibilityInput(status, years, i.registeredOn(), form, region, spheres, i.callRegion(), i.callSpheres(), i.callBudget(),
                i.band(), i.mci(), requested, institutional, on, i.eligibleLegalForms());
    }

    @Test
    void anEligibleApplicationPassesEveryRuleWithReasons() {
        List<RuleResult> results = Eligibility.check(eligible());
        assertTrue(Eligibility.allPassed(results));
        assertEquals(7, results.size());
        results.forEach(r -> assertFalse(r.reason().isBlank(), r.rule() + " has no reason"));
    }

    @Test
    void ngoActivePassesForActiveAndFailsForEveryOtherStatus() {
        assertTrue(result(eligible(), Rule.NGO_ACTIVE).passed());
        for (String status : List.of("REGISTERED", "INACTIVE", "SUSPENDED", "LIQUIDATING", "LIQUIDATED")) {
            RuleResult r = failsAlone(Rule.NGO_ACTIVE, i -> with(i, status, i.reportedYears(), i.legalForm(), i.ngoRegion(),
                    i.ngoSpheres(), i.requested(), i.institutional(), i.on()));
            assertTrue(r.reason().contains(status), r.reason());
        }
    }

    @Test
    void reportFiledNeedsThePreviousYearOnceItIsDue() {
        assertTrue(result(eligible(), Rule.REPORT_FILED).passed());
        RuleResult missing = failsAlone(Rule.REPORT_FILED, i -> with(i, i.ngoStatus(), Set.of(2024), i.legalForm(),
                i.ngoRegion(), i.ngoSpheres(), i.requested(), i.institutional(), i.on()));
        assertTrue(missing.reason().contains("2025"), missing.reason());
        // before 31 March the previous year's report is not yet due: the year before it counts
        assertEquals(2024, Eligibility.requiredReportYear(LocalDate.of(2026, 3, 31)));
        assertEquals(2025, Eligibility.requiredReportYear(LocalDate.of(2026, 4, 1)));
        EligibilityInput march = with(eligible(), "ACTIVE", Set.of(2024), "PUBLIC_FOUNDATION", "KZ-75",
                eligible().ngoSpheres(), eligible().requested(), eligible().institutional(), LocalDate.of(2026, 3, 15));
        assertTrue(result(march, Rule.REPORT_FILED).passed());
    }

    private static EligibilityInput registeredOn(LocalDate registered, Set<Integer> years, LocalDate on) {
        EligibilityInput e = eligible();
        return new EligibilityInput(e.ngoStatus(), years, registered, e.legalForm(), e.ngoRegion(), e.ngoSpheres(),
                e.callRegion(), e.callSpheres(), e.callBudget(), e.band(), e.mci(), e.requested(), e.institutional(), on,
                e.eligibleLegalForms());
    }

    @Test
    void aReportIsDueOnlyForFullYearsTheNgoExisted() {
        // registered this year: no full year yet, nothing due
        RuleResult thisYear = result(registeredOn(LocalDate.of(2026, 2, 10), Set.of(), NOV_2026), Rule.REPORT_FILED);
        assertTrue(thisYear.passed(), thisYear.reason());
        assertTrue(thisYear.reason().contains("no NGO-Database report is due yet"), thisYear.reason());
        assertTrue(Eligibility.allPassed(Eligibility.check(registeredOn(LocalDate.of(2026, 2, 10), Set.of(), NOV_2026))));
        // registered mid-2025: 2025 was not a full year, so no report is due for it
        assertTrue(result(registeredOn(LocalDate.of(2025, 7, 15), Set.of(), NOV_2026), Rule.REPORT_FILED).passed());
        // registered mid-2024, checked before the 2025 deadline: 2024 (the latest year due) was not a full year
        assertTrue(result(registeredOn(LocalDate.of(2024, 6, 1), Set.of(), LocalDate.of(2026, 3, 20)),
                Rule.REPORT_FILED).passed());
        // existed the whole of 2025 (registered on 1 January or before): its report is due and missing
        for (LocalDate registered : List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31))) {
            RuleResult missing = failsAlone(Rule.REPORT_FILED, i -> registeredOn(registered, Set.of(2024), NOV_2026));
            assertTrue(missing.reason().contains("2025"), missing.reason());
        }
        assertTrue(result(registeredOn(LocalDate.of(2025, 1, 1), Set.of(2025), NOV_2026), Rule.REPORT_FILED).passed());
        // no registration date known: taken to have existed all along
        failsAlone(Rule.REPORT_FILED, i -> registeredOn(null, Set.of(2024), NOV_2026));
        assertEquals(java.util.OptionalInt.empty(), Eligibility.dueReportYear(NOV_2026, LocalDate.of(2025, 1, 2)));
        assertEquals(java.util.OptionalInt.of(2025), Eligibility.dueReportYear(NOV_2026, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void legalFormMustBeEligible() {
        assertTrue(result(eligible(), Rule.LEGAL_FORM_ELIGIBLE).passed());
        failsAlone(Rule.LEGAL_FORM_ELIGIBLE, i -> with(i, i.ngoStatus(), i.reportedYears(), "POLITICAL_PARTY", i.ngoRegion(),
                i.ngoSpheres(), i.requested(), i.institutional(), i.on()));
    }

    @Test
    void regionMustMatchUnlessTheCallIsNational() {
        assertTrue(result(eligible(), Rule.REGION_MATCH).passed());
        RuleResult r = failsAlone(Rule.REGION_MATCH, i -> with(i, i.ngoStatus(), i.reportedYears(), i.legalForm(), "KZ-71",
                i.ngoSpheres(), i.requested(), i.institutional(), i.on()));
        assertTrue(r.reason().contains("KZ-71") && r.reason().contains("KZ-75"), r.reason());
        EligibilityInput e = eligible();
        EligibilityInput national = new EligibilityInput(e.ngoStatus(), e.reportedYears(), e.registeredOn(), e.legalForm(), "KZ-71",
                e.ngoSpheres(), null, e.callSpheres(), e.callBudget(), e.band(), e.mci(), e.requested(), e.institutional(),
                e.on(), e.eligibleLegalForms());
        assertTrue(result(national, Rule.REGION_MATCH).passed());
    }

    @Test
    void sphereMustOverlapUnlessTheCallNamesNone() {
        assertTrue(result(eligible(), Rule.SPHERE_MATCH).passed());
        failsAlone(Rule.SPHERE_MATCH, i -> with(i, i.ngoStatus(), i.reportedYears(), i.legalForm(), i.ngoRegion(),
                List.of("CULTURE_AND_ART"), i.requested(), i.institutional(), i.on()));
        EligibilityInput e = eligible();
        EligibilityInput anySphere = new EligibilityInput(e.ngoStatus(), e.reportedYears(), e.registeredOn(), e.legalForm(), e.ngoRegion(),
                List.of(), e.callRegion(), List.of(), e.callBudget(), e.band(), e.mci(), e.requested(), e.institutional(),
                e.on(), e.eligibleLegalForms());
        assertTrue(result(anySphere, Rule.SPHERE_MATCH).passed());
    }

    @Test
    void amountMustBeInsideTheBandAtTheYearsMci() {
        // SHORT_TERM at 4,325 KZT: 2,162,500 - 12,975,000 KZT
        for (String ok : List.of("2162500.00", "12975000.00")) {
            EligibilityInput in = with(eligible(), "ACTIVE", Set.of(2025), "PUBLIC_FOUNDATION", "KZ-75", eligible().ngoSpheres(),
                    new BigDecimal(ok), BigDecimal.ZERO, NOV_2026);
            assertTrue(result(in, Rule.AMOUNT_IN_BAND).passed(), ok);
        }
        for (String bad : List.of("2162499.99", "12975000.01")) {
            RuleResult r = failsAlone(Rule.AMOUNT_IN_BAND, i -> with(i, i.ngoStatus(), i.reportedYears(), i.legalForm(),
                    i.ngoRegion(), i.ngoSpheres(), new BigDecimal(bad), BigDecimal.ZERO, i.on()));
            assertTrue(r.reason().contains("2162500.00-12975000.00"), r.reason());
        }
    }

    @Test
    void amountMayNeverExceedTheCallBudget() {
        EligibilityInput e = eligible();
        EligibilityInput small = new EligibilityInput(e.ngoStatus(), e.reportedYears(), e.registeredOn(), e.legalForm(), e.ngoRegion(),
                e.ngoSpheres(), e.callRegion(), e.callSpheres(), new BigDecimal("4000000.00"), e.band(), e.mci(),
                e.requested(), BigDecimal.ZERO, e.on(), e.eligibleLegalForms());
        assertFalse(result(small, Rule.AMOUNT_IN_BAND).passed());
    }

    @Test
    void institutionalDevelopmentIsCappedAtTenPercent() {
        assertTrue(result(eligible(), Rule.INSTITUTIONAL_SHARE).passed());
        RuleResult r = failsAlone(Rule.INSTITUTIONAL_SHARE, i -> with(i, i.ngoStatus(), i.reportedYears(), i.legalForm(),
                i.ngoRegion(), i.ngoSpheres(), i.requested(), new BigDecimal("500000.01"), i.on()));
        assertTrue(r.reason().contains("10%"), r.reason());
    }
}
