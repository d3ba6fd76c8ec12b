package kz.civic.platform.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property of a request body that is required when another one has one of some values, e.g.
 * {@code @RequiredWhen(field = "regionCode", when = "level", is = "REGIONAL")}. A violation is reported on
 * {@code field}. Values are compared as strings (an enum by its name).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiredWhen.List.class)
@Constraint(validatedBy = RequiredWhenValidator.class)
public @interface RequiredWhen {

    /** The property that must be present. */
    String field();

    /** The property that decides. */
    String when();

    /** The values of {@code when} that require {@code field}. */
    String[] is();

    /** Empty: "is required when &lt;when&gt; is &lt;value&gt;". */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        RequiredWhen[] value();
    }
}
