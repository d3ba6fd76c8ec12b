package kz.civic.platform.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Ordered}. */
public class OrderedValidator implements ConstraintValidator<Ordered, Object> {

    private Ordered rule;

    @Override
    public void initialize(Ordered rule) {
        this.rule = rule;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public boolean isValid(Object body, ConstraintValidatorContext context) {
        if (body == null) {
            return true;
        }
        Object from = Properties.read(body, rule.from());
        Object to = Properties.read(body, rule.to());
        if (from == null || to == null) {
            return true;
        }
        int order = ((Comparable) to).compareTo(from);
        if (order > 0 || order == 0 && rule.allowEqual()) {
            return true;
        }
        String message = !rule.message().isEmpty() ? rule.message()
                : rule.allowEqual() ? "must not be before " + rule.from() : "must be after " + rule.from();
        return Properties.violation(context, rule.to(), message);
    }
}
