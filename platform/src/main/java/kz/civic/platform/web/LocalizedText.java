package kz.civic.platform.web;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import kz.civic.platform.web.validation.KazakhOrRussian;

/**
 * Multilingual text on the wire (architecture.md §5): {@code {"kk": "...", "ru": "...", "en": "..."}},
 * kk or ru required, en optional. The requirement is a class-level constraint ({@link KazakhOrRussian}), so a
 * violation names the field that holds the text and no helper appears as a property in request schemas.
 */
@KazakhOrRussian
public record LocalizedText(@Size(max = 2000) String kk, @Size(max = 2000) String ru, @Size(max = 2000) String en) {

    /** True if the Kazakh or the Russian text is given (not a bean property: no {@code is}/{@code get} name). */
    public boolean hasKazakhOrRussian() {
        return present(kk) || present(ru);
    }

    /** The text in the language asked for, falling back to ru, then kk, then en. */
    public String in(Locale locale) {
        String wanted = switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        if (present(wanted)) {
            return wanted;
        }
        return present(ru) ? ru : present(kk) ? kk : en;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
