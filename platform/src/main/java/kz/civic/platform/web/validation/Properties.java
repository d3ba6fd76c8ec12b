package kz.civic.platform.web.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

/** Reading a named property of a request body, and reporting a violation on it. */
final class Properties {

    private Properties() {
    }

    /** The value of a record component or field named {@code name}; a misspelt name is a programming error. */
    static Object read(Object body, String name) {
        Class<?> type = body.getClass();
        try {
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getName().equals(name)) {
                        return c.getAccessor().invoke(body);
                    }
                }
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    return f.get(body);
                } catch (NoSuchFieldException e) {
                    // look further up
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + type.getName(), e);
        }
        throw new IllegalArgumentException(type.getName() + " has no property " + name);
    }

    /** Reports {@code message} (literal text, not a template) on the property {@code name}; returns false. */
    static boolean violation(ConstraintValidatorContext context, String name, String message) {
        context.disableDefaultConstraintViolation();
        String literal = message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(literal).addPropertyNode(name).addConstraintViolation();
        return false;
    }
}
