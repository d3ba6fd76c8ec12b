package kz.civic.forum.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Reports each broken rule of a {@link CrossFieldRules} body on the field it names. */
public class CrossFieldValidator implements ConstraintValidator<CrossFieldChecked, CrossFieldRules> {

    @Override
    public boolean isValid(CrossFieldRules body, ConstraintValidatorContext context) {
        if (body == null) {
            return true;
        }
        Map<String, String> broken = body.brokenRules();
        if (broken.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        broken.forEach((field, message) -> context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(field).addConstraintViolation());
        return false;
    }

    /** Messages are literal text, never interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
