package kz.civic.procurement.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The executable, explained eligibility of an application (issue 5 item 3): every rule of
 * {@link Rule} is checked and reported with pass/fail and a reason, none short-circuits.
 */
public final class Eligibility {

    /** NGO-Database reports for a year are due by this day of the next year (domain-brief §4). */
    public static final MonthDay REPORT_DEADLINE = MonthDay.of(3, 31);

    private Eligibility() {
    }

    public static List<RuleResult> check(EligibilityInput in) {
        List<RuleResult> results = new ArrayList<>();
        results.add(active(in));
        results.add(report(in));
        results.add(legalForm(in));
        results.add(region(in));
        results.add(sphere(in));
        results.add(amount(in));
        results.add(institutional(in));
        return List.copyOf(results);
    }

    public static boolean allPassed(List<RuleResult> results) {
        return results.stream().allMatch(RuleResult::passed);
    }

    /**
     * The latest reporting year whose report is due on {@code day}: the previous year once its deadline (31 March)
     * has passed, before that the year before it.
     */
    public static int requiredReportYear(LocalDate day) {
        return MonthDay.from(day).isAfter(REPORT_DEADLINE) ? day.getYear() - 1 : day.getYear() - 2;
    }

    /**
     * The reporting year whose report must be on file on {@code day} for an NGO registered on {@code registeredOn}
     * (null when the register did not say: taken to have existed all along), or empty when no report is due yet.
     * A report is due for every full calendar year the NGO existed (registered on or before 1 January of it) whose
     * deadline has passed; the latest such year is {@link #requiredReportYear}, and an NGO registered after 1
     * January of that year has no full year with a report due yet (it cannot report on a year before it existed).
     */
    public static OptionalInt dueReportYear(LocalDate day, LocalDate registeredOn) {
        int year = requiredReportYear(day);
        return registeredOn == null || !registeredOn.isAfter(LocalDate.of(year, 1, 1)) ? OptionalInt.of(year)
                : OptionalInt.empty();
    }

    private static RuleResult active(EligibilityInput in) {
        return "ACTIVE".equals(in.ngoStatus()) ? RuleResult.pass(Rule.NGO_ACTIVE, "the NGO is ACTIVE in the register")
                : RuleResult.fail(Rule.NGO_ACTIVE, "the NGO is " + in.ngoStatus() + " in the register; only ACTIVE NGOs "
                        + "may apply");
    }

    private static RuleResult report(EligibilityInput in) {
        OptionalInt due = dueReportYear(in.on(), in.registeredOn());
        if (due.isEmpty()) {
            return RuleResult.pass(Rule.REPORT_FILED, "no NGO-Database report is due yet: one is due for every full "
                    + "calendar year the NGO existed once its deadline (31 March of the next year) has passed, and the NGO, "
                    + "registered on " + in.registeredOn() + ", has no such year (the latest year due is "
                    + requiredReportYear(in.on()) + ")");
        }
        int year = due.getAsInt();
        return in.reportedYears().contains(year)
                ? RuleResult.pass(Rule.REPORT_FILED, "the NGO-Database report for " + year + " is on file (due for every "
                        + "full calendar year the NGO existed once 31 March of the next year has passed)")
                : RuleResult.fail(Rule.REPORT_FILED, "no NGO-Database report for " + year + " (due 31 March " + (year + 1)
                        + "; due for every full calendar year the NGO existed)");
    }

    private static RuleResult legalForm(EligibilityInput in) {
        return in.eligibleLegalForms().contains(in.legalForm())
                ? RuleResult.pass(Rule.LEGAL_FORM_ELIGIBLE, in.legalForm() + " may receive state NGO funding")
                : RuleResult.fail(Rule.LEGAL_FORM_ELIGIBLE, in.legalForm() + " may not receive state NGO funding");
    }

    private static RuleResult region(EligibilityInput in) {
        if (in.callRegion() == null) {
            return RuleResult.pass(Rule.REGION_MATCH, "the call is open to every region");
        }
        return in.callRegion().equals(in.ngoRegion())
                ? RuleResult.pass(Rule.REGION_MATCH, "the NGO is registered in " + in.callRegion())
                : RuleResult.fail(Rule.REGION_MATCH, "the call is for " + in.callRegion() + "; the NGO is registered in "
                        + in.ngoRegion());
    }

    private static RuleResult sphere(EligibilityInput in) {
        if (in.callSpheres().isEmpty()) {
            return RuleResult.pass(Rule.SPHERE_MATCH, "the call is open to every sphere");
        }
        List<String> common = in.callSpheres().stream().filter(in.ngoSpheres()::contains).toList();
        return common.isEmpty()
                ? RuleResult.fail(Rule.SPHERE_MATCH, "the NGO works in none of the call's spheres " + in.callSpheres())
                : RuleResult.pass(Rule.SPHERE_MATCH, "the NGO works in " + String.join(", ", common));
    }

    private static RuleResult amount(EligibilityInput in) {
        BigDecimal requested = in.requested();
        if (requested.compareTo(in.callBudget()) > 0) {
            return RuleResult.fail(Rule.AMOUNT_IN_BAND, requested.toPlainString() + " KZT exceeds the call's budget of "
                    + in.callBudget().toPlainString() + " KZT");
        }
        if (in.band() == null) {
            return RuleResult.pass(Rule.AMOUNT_IN_BAND, requested.toPlainString() + " KZT is within the call's budget");
        }
        BigDecimal min = kzt(in.mci(), in.band().minMci());
        BigDecimal max = in.band().maxMci() == null ? null : kzt(in.mci(), in.band().maxMci());
        String range = in.band().code() + " grants are " + min.toPlainString() + (max == null ? " KZT or more"
                : "-" + max.toPlainString() + " KZT") + " at an MCI of " + in.mci().toPlainString() + " KZT";
        boolean inBand = requested.compareTo(min) >= 0 && (max == null || requested.compareTo(max) <= 0);
        return inBand ? RuleResult.pass(Rule.AMOUNT_IN_BAND, requested.toPlainString() + " KZT: " + range)
                : RuleResult.fail(Rule.AMOUNT_IN_BAND, requested.toPlainString() + " KZT is outside the band: " + range);
    }

    private static RuleResult institutional(EligibilityInput in) {
        BigDecimal part = in.institutional();
        if (part.signum() == 0) {
            return RuleResult.pass(Rule.INSTITUTIONAL_SHARE, "nothing requested for institutional development");
        }
        if (in.band() == null) {
            return RuleResult.fail(Rule.INSTITUTIONAL_SHARE, "institutional development is funded by grants only");
        }
        BigDecimal cap = in.requested().multiply(in.band().institutionalShareMax()).setScale(2, RoundingMode.DOWN);
        String share = in.band().institutionalShareMax().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return part.compareTo(cap) <= 0
                ? RuleResult.pass(Rule.INSTITUTIONAL_SHARE, part.toPlainString() + " KZT is within " + share + " ("
                        + cap.toPlainString() + " KZT)")
                : RuleResult.fail(Rule.INSTITUTIONAL_SHARE, part.toPlainString() + " KZT exceeds " + share + " of the "
                        + "requested amount (" + cap.toPlainString() + " KZT)");
    }

    private static BigDecimal kzt(BigDecimal mci, int units) {
        return mci.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }
}
