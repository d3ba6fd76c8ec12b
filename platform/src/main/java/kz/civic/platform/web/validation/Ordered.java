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
 * Two properties of a request body in order, e.g. {@code @Ordered(from = "opensOn", to = "closesOn")}: {@code to}
 * after {@code from} (or not before it with {@code allowEqual}). A violation is reported on {@code to}; either value
 * missing is left to {@code @NotNull}. The properties are record components or fields of {@link Comparable} types.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Ordered.List.class)
@Constraint(validatedBy = OrderedValidator.class)
public @interface Ordered {

    /** The earlier property. */
    String from();

    /** The later property, named by a violation. */
    String to();

    /** True if both may be equal. */
    boolean allowEqual() default false;

    /** Empty: "must be after &lt;from&gt;" or "must not be before &lt;from&gt;". */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        Ordered[] value();
    }
}
