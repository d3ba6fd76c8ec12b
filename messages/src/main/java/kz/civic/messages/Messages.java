package kz.civic.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of an answer and the problem titles in Kazakh, Russian and English. One copy for the services
 * (platform's {@code ProblemMappers}, {@code BodyLimit}, {@code LocalizedText}'s {@code displayName}) and the
 * gateway's own problems: the language is the first of kk/ru/en in the client's {@code Accept-Language}, else
 * Russian, and the answer says which in {@code Content-Language}.
 */
public final class Messages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages of the API, in the order a missing text falls back (after the one asked for). */
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);
    private static final String BUNDLE = "kz.civic.messages.Problems";

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

    /**
     * The language for a raw {@code Accept-Language} header value (RFC 9110 §12.5.4: ranges ordered by
     * {@code q}; a range with {@code q=0} is not acceptable); absent or unreadable is Russian.
     */
    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        List<Locale> wanted = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    wanted.add(Locale.forLanguageTag(range.getRange()));
                }
            }
        } catch (IllegalArgumentException e) {
            return RUSSIAN;
        }
        return pick(wanted);
    }

    /** The title for a problem type, falling back to the title of the HTTP status. */
    public static String title(String slug, int status, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        for (String key : List.of("title." + slug, "status." + status)) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                // try the next key
            }
        }
        return bundle.getString(status >= 500 ? "status.500" : "status.400");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
