package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.civic.platform.problem.ApiException;
import kz.civic.procurement.Application;
import kz.civic.procurement.Call;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.GrantBand;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.NgoReport;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.eligibility.EligibilityInput;
import kz.civic.procurement.eligibility.RuleResult;
import kz.civic.procurement.repository.FundingPlanRepository;

/** Gathers the input of the eligibility rules from the replica, the call and reference data, and runs them. */
@ApplicationScoped
public class EligibilityService {

    private final FundingPlanRepository plans;
    private final ReferenceDataService reference;

    public EligibilityService(FundingPlanRepository plans, ReferenceDataService reference) {
        this.plans = plans;
        this.reference = reference;
    }

    /** Every rule for {@code ngo} asking {@code requested} (of which {@code institutional}) from {@code call} on {@code on}. */
    public List<RuleResult> check(NgoReplica ngo, Call call, BigDecimal requested, BigDecimal institutional, LocalDate on) {
        EligibilityInput.Band band = null;
        BigDecimal mci = null;
        if (call.grantBand != null) {
            GrantBand b = reference.band(call.grantBand, "grantBand");
            band = new EligibilityInput.Band(b.code, b.minMci, b.maxMci, b.institutionalShareMax);
            FundingPlan plan = plans.findById(call.planId);
            mci = reference.mci(plan.year, "callId").amountKzt;
        }
        Set<Integer> years = ngo.reports.stream().map(NgoReport::year).collect(Collectors.toSet());
        return Eligibility.check(new EligibilityInput(ngo.status, years, ngo.registrationDate, ngo.legalForm, ngo.regionCode,
                List.copyOf(ngo.spheres), call.regionCode, List.copyOf(call.spheres), call.amountKzt, band, mci, requested,
                institutional, on, reference.eligibleLegalForms()));
    }

    /**
     * Checks the applicant of {@code application} again today, with the application's request, as
     * before an award and before each payment.
     *
     * @throws ApiException 422 ineligible with every rule in {@code rules}; {@code detail} says what is refused
     */
    public void requireStillEligible(NgoReplica ngo, Call call, Application application, String detail) {
        List<RuleResult> rules = check(ngo, call, application.requestedKzt, application.institutionalKzt, Times.today());
        if (!Eligibility.allPassed(rules)) {
            long failed = rules.stream().filter(r -> !r.passed()).count();
            throw ApiException.unprocessable("ineligible", detail + " (" + failed + " rule(s) failed); see rules")
                    .with("rules", rules);
        }
    }
}
