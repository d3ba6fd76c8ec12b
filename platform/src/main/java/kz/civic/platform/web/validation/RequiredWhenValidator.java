package kz.civic.platform.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Collection;

/** Checks {@link RequiredWhen}; a blank string or an empty collection is absent. */
public class RequiredWhenValidator implements ConstraintValidator<RequiredWhen, Object> {

    private RequiredWhen rule;

    @Override
    public void initialize(RequiredWhen rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(Object body, ConstraintValidatorContext context) {
        if (body == null) {
            return true;
        }
        Object decider = Properties.read(body, rule.when());
        if (decider == null || !Arrays.asList(rule.is()).contains(decider.toString())) {
            return true;
        }
        Object value = Properties.read(body, rule.field());
        boolean present = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
        if (present) {
            return true;
        }
        String message = !rule.message().isEmpty() ? rule.message()
                : "is required when " + rule.when() + " is " + decider;
        return Properties.violation(context, rule.field(), message);
    }
}
