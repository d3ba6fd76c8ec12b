package kz.civic.forum.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Validates a request body whose rules span several fields ({@link CrossFieldRules}); each broken
 * rule is reported on the field it names, like any other validation error.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldValidator.class)
public @interface CrossFieldChecked {

    String message() default "inconsistent fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
