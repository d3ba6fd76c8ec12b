package kz.civic.platform.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fixed number of fractional digits a decimal is written with in JSON: the scale of its database column
 * ({@code NUMERIC(p, s)}), so an answer written from the request's value ({@code 1}) and one read back from the
 * column ({@code 1.000}) are the same text. Applies wherever Jackson writes the property: REST answers, events,
 * stored JSON. Rounding is half-up, as PostgreSQL rounds a value into a column; a request with more digits than the
 * column is refused by its {@code @Digits} constraint before that can happen.
 *
 * <p>Put it on a {@link BigDecimal} record component or field: {@code @Scale(3) BigDecimal weight}. Money's amount
 * has {@code @Scale(2)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@JacksonAnnotationsInside
@JsonSerialize(using = Scale.Writer.class)
public @interface Scale {

    /** Fractional digits. */
    int value();

    /** Writes a decimal with its property's {@link Scale}. */
    final class Writer extends StdSerializer<BigDecimal> implements ContextualSerializer {

        private final int scale;

        public Writer() {
            this(-1);
        }

        Writer(int scale) {
            super(BigDecimal.class);
            this.scale = scale;
        }

        /** {@code value} at {@code scale} fractional digits. */
        public static BigDecimal scaled(BigDecimal value, int scale) {
            return value.setScale(scale, RoundingMode.HALF_UP);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            Scale annotation = property == null ? null : property.getAnnotation(Scale.class);
            return annotation == null ? this : new Writer(annotation.value());
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            // a BigDecimal, not its text: a TokenBuffer (valueToTree, as the outbox builds an event's data) keeps it
            // as a decimal; with a scale of 0 or more its text never has an exponent
            json.writeNumber(scale < 0 ? value : scaled(value, scale));
        }
    }
}
