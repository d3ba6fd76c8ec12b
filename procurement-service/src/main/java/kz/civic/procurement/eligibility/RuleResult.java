package kz.civic.procurement.eligibility;

/** One eligibility rule checked: passed or not, and why (English, for people and machines alike). */
public record RuleResult(Rule rule, boolean passed, String reason) {

    static RuleResult pass(Rule rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    static RuleResult fail(Rule rule, String reason) {
        return new RuleResult(rule, false, reason);
    }
}
