package kz.civic.platform.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Multilingual text on the wire (architecture.md §5): {@code {"kk": "...", "ru": "...", "en": "..."}},
 * kk or ru required, en optional.
 */
public record LocalizedText(@Size(max = 2000) String kk, @Size(max = 2000) String ru, @Size(max = 2000) String en) {

    @JsonIgnore
    @AssertTrue(message = "kk or ru is required")
    public boolean isKazakhOrRussianPresent() {
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
