package kz.civic.platform.web;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import kz.civic.platform.web.validation.KazakhOrRussian;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Multilingual text on the wire (architecture.md §5): {@code {"kk": "...", "ru": "...", "en": "..."}},
 * kk or ru required, en optional. The requirement is a class-level constraint ({@link KazakhOrRussian}), so a
 * violation names the field that holds the text and no helper appears as a property in request schemas.
 *
 * <p>Answers add {@code displayName}, the text in the request's language ({@link DisplayNames}); it is read-only:
 * documented {@code readOnly}, and a request that sends it back has it ignored.
 */
@KazakhOrRussian
@Schema(requiredProperties = DisplayNames.PROPERTY, properties = @SchemaProperty(name = DisplayNames.PROPERTY,
        type = SchemaType.STRING, readOnly = true, description = DisplayNames.DESCRIPTION))
public record LocalizedText(@Size(max = 2000) String kk, @Size(max = 2000) String ru, @Size(max = 2000) String en) {

    /** True if the Kazakh or the Russian text is given (not a bean property: no {@code is}/{@code get} name). */
    public boolean hasKazakhOrRussian() {
        return present(kk) || present(ru);
    }

    /**
     * The text in the language asked for; when that one is missing (absent or blank), the first present of
     * Russian, Kazakh, English; the empty string when none is.
     */
    public String in(Locale locale) {
        String wanted = switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        if (present(wanted)) {
            return wanted;
        }
        return present(ru) ? ru : present(kk) ? kk : present(en) ? en : "";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
