package kz.civic.registry.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import kz.civic.registry.Bin;

/** A BIN (or IIN): 12 digits with a valid check digit; null passes (use @NotNull where required). */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = ValidBin.Validator.class)
public @interface ValidBin {
    String message() default "must be 12 digits with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidBin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Bin.isValid(value);
        }
    }
}
