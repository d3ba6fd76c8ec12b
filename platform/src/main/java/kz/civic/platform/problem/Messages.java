package kz.civic.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem titles in Kazakh, Russian and English, chosen from {@code Accept-Language}; default ru. */
public final class Messages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);
    private static final String BUNDLE = "kz.civic.platform.problem.Problems";

    private Messages() {
    }

    /** The first supported language in the client's preference order, else Russian. */
    public static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale wanted : acceptable) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return RUSSIAN;
    }

    /** The title for a problem type, falling back to the title of the HTTP status. */
    public static String title(String slug, int status, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : List.of("title." + slug, "status." + status)) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                // try the next key
            }
        }
        return bundle.getString("status.500");
    }

    /** A sentence from the bundle with {@code {0}}-style arguments. */
    public static String text(String key, Locale locale, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return java.text.MessageFormat.format(bundle.getString(key), args);
    }
}
