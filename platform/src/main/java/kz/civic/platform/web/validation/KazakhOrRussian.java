package kz.civic.platform.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link kz.civic.platform.web.LocalizedText} needs its Kazakh or its Russian text. A class-level constraint of
 * the text, so a violation is reported on the request field that holds it ({@code title},
 * {@code criteria[2].name}), never on a helper property.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KazakhOrRussianValidator.class)
public @interface KazakhOrRussian {

    String message() default "kk or ru is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
