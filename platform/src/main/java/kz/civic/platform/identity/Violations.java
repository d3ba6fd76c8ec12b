package kz.civic.platform.identity;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Turns a format problem into the constraint violation's message. */
final class Violations {

    private Violations() {
    }

    /** True when there is no problem; otherwise the problem, escaped for message interpolation, replaces the default message. */
    static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get().replaceAll("([\\\\{}$])", "\\\\$1"))
                .addConstraintViolation();
        return false;
    }
}
