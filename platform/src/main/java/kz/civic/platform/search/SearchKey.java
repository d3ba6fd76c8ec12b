package kz.civic.platform.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds a name, in Cyrillic (Russian and Kazakh letters) or in any common Latin romanization, into a "skeleton" key
 * in which the usual spellings of one word coincide: «Бурабай», {@code burabai} and {@code burabay} are all
 * {@code burabai}; «Жастар», {@code zhastar} and {@code jastar} are {@code jastar}; «Қазақстан», {@code qazaqstan},
 * {@code kazakhstan} and {@code kazakstan} are {@code kazakstan}. The rules are tabled in docs/conventions.md
 * ("Search"); in short:
 *
 * <ol>
 * <li>lower case; Cyrillic through one table (Kazakh letters to their plain Latin letter, ё to e, soft and hard signs
 * dropped); Latin letters with diacritics of the romanizations (2021 Kazakh alphabet ş ç ğ ñ ä ö ü ū ı, ISO 9
 * ž š č ŝ û â, …) to their digraphs; anything else through ICU's {@code Any-Latin; Latin-ASCII};</li>
 * <li>words of letters and digits, everything else a word boundary;</li>
 * <li>consonant groups to one symbol: shch/sch/shh/sh → x, zh → j, ch → c, ts/c → q, kh/h/q → k, gh → g, x → ks,
 * w → u, dj (дж) → j; y (and ı, й, ы, і) → i; j is ж at the start of a word or after a consonant and й (i) after a
 * vowel, with the other readings as extra {@link #variants(String) variants};</li>
 * <li>doubled letters squeezed (nn → n, yy/ii/iy → i), then ie → e (ye/e: Yerlan, Ерлан), squeezed again.</li>
 * </ol>
 *
 * A stored key ({@link #stored(Collection)}) is every variant of every name between slashes, {@code /k1/k2/}, so that
 * one SQL {@code LIKE} tells an exact name ({@code %/q/%}), a name starting with the query ({@code %/q%}), a word
 * starting with it ({@code % q%}) and any substring ({@code %q%}). Keys hold only {@code [a-z0-9 ]}: patterns need no
 * escaping and pg_trgm indexes them.
 */
public final class SearchKey {

    /** Rank of a match: the name equals the query. */
    public static final int EXACT = 1;
    /** Rank of a match: a name starts with the query. */
    public static final int NAME_PREFIX = 2;
    /** Rank of a match: a word of a name starts with the query. */
    public static final int WORD_PREFIX = 3;
    /** Rank of a match: the query is inside a name. */
    public static final int CONTAINS = 4;
    /** Rank of no match on the key (a caller may still match otherwise, e.g. full-text). */
    public static final int NONE = 5;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('і', "i"), Map.entry('к', "k"),
            Map.entry('қ', "q"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"),
            Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ў', "u"), Map.entry('ї', "i"), Map.entry('є', "e"));

    /** Latin letters of the romanizations whose diacritic carries a sound (ICU's Latin-ASCII would lose it). */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ş', "sh"), Map.entry('ș', "sh"), Map.entry('š', "sh"), Map.entry('ŝ', "shch"),
            Map.entry('ç', "ch"), Map.entry('č', "ch"), Map.entry('ĉ', "ch"), Map.entry('ž', "zh"),
            Map.entry('ğ', "g"), Map.entry('ǵ', "g"), Map.entry('ñ', "n"), Map.entry('ń', "n"), Map.entry('ä', "a"),
            Map.entry('á', "a"), Map.entry('ö', "o"), Map.entry('ó', "o"), Map.entry('ü', "u"), Map.entry('ū', "u"),
            Map.entry('ú', "u"), Map.entry('ı', "i"), Map.entry('ý', "y"), Map.entry('û', "yu"), Map.entry('â', "ya"),
            Map.entry('ë', "e"), Map.entry('ḱ', "k"), Map.entry('ḩ', "h"), Map.entry('ḥ', "h"), Map.entry('ʹ', ""),
            Map.entry('ʺ', ""), Map.entry('ʼ', ""), Map.entry('’', ""), Map.entry('‘', ""), Map.entry('`', ""),
            Map.entry('\'', ""), Map.entry('"', ""));

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; NFD; [:Mn:] Remove");

    /** How a Latin {@code j} is read. */
    private enum J {
        /** ж at the start of a word and after a consonant, й after a vowel. */
        CONTEXT,
        /** always ж (2021 Kazakh alphabet, informal: Ajar = Ажар). */
        ZHE,
        /** always й (GOST, German style: Jurij, Ljudmila). */
        SHORT_I
    }

    private SearchKey() {
    }

    /** The key of {@code text} in its first reading ("" for text without letters or digits). */
    public static String of(String text) {
        return fold(ascii(text), J.CONTEXT);
    }

    /**
     * The keys of {@code text} under each reading of a Latin {@code j} (one key when it has none, at most three),
     * the first being {@link #of(String)}; blank keys are left out.
     */
    public static List<String> variants(String text) {
        String ascii = ascii(text);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(fold(ascii, J.CONTEXT));
        if (ascii.indexOf('j') >= 0) {
            keys.add(fold(ascii, J.ZHE));
            keys.add(fold(ascii, J.SHORT_I));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /** The stored key of a row's names: {@code /k1/k2/…/} with every variant of each, "" when none has a key. */
    public static String stored(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null) {
                keys.addAll(variants(name));
            }
        }
        return keys.isEmpty() ? "" : "/" + String.join("/", keys) + "/";
    }

    /** {@link #stored(Collection)} of the non-null arguments. */
    public static String stored(String... names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            if (name != null) {
                list.add(name);
            }
        }
        return stored(list);
    }

    /** The search of a query text: its keys (none when it has no letters or digits, then nothing matches). */
    public static Query query(String q) {
        return new Query(variants(q));
    }

    /**
     * A folded query: tells the rank of a stored key ({@link #rank(String)}) and writes the same test as HQL/SQL
     * ({@link #rankExpression}, {@link #matchCondition}), so a keyset cursor built from {@code rank} in Java agrees
     * with the database's order.
     */
    public record Query(List<String> keys) {

        public boolean isEmpty() {
            return keys.isEmpty();
        }

        /** {@link #EXACT} … {@link #CONTAINS} for a matching stored key, {@link #NONE} otherwise. */
        public int rank(String stored) {
            if (stored == null || keys.isEmpty()) {
                return NONE;
            }
            int best = NONE;
            for (String key : keys) {
                if (stored.contains("/" + key + "/")) {
                    best = Math.min(best, EXACT);
                } else if (stored.contains("/" + key)) {
                    best = Math.min(best, NAME_PREFIX);
                } else if (stored.contains(" " + key)) {
                    best = Math.min(best, WORD_PREFIX);
                } else if (stored.contains(key)) {
                    best = Math.min(best, CONTAINS);
                }
            }
            return best;
        }

        /**
         * {@code (column like :p0 or column like :p1 …)}, true where the stored key contains the query; adds the
         * parameters (named {@code prefix} + index) to {@code parameters}. {@code 1 = 0} for an empty query.
         */
        public String matchCondition(String column, String prefix, Map<String, Object> parameters) {
            return tier(column, prefix + "c", "%", "%", parameters);
        }

        /**
         * {@code case when … then 1 … when … then 4 else 5 end}: the {@link #rank(String)} of {@code column} in
         * HQL/SQL; adds its parameters (named {@code prefix} + tier + index) to {@code parameters}.
         */
        public String rankExpression(String column, String prefix, Map<String, Object> parameters) {
            return "case when " + tier(column, prefix + "e", "%/", "/%", parameters) + " then " + EXACT
                    + " when " + tier(column, prefix + "n", "%/", "%", parameters) + " then " + NAME_PREFIX
                    + " when " + tier(column, prefix + "w", "% ", "%", parameters) + " then " + WORD_PREFIX
                    + " when " + tier(column, prefix + "c", "%", "%", parameters) + " then " + CONTAINS
                    + " else " + NONE + " end";
        }

        private String tier(String column, String name, String before, String after, Map<String, Object> parameters) {
            if (keys.isEmpty()) {
                return "(1 = 0)";
            }
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                parameters.put(name + i, before + keys.get(i) + after);
                terms.add(column + " like :" + name + i);
            }
            return "(" + String.join(" or ", terms) + ")";
        }
    }

    /** Lower-case ASCII letters, digits and spaces: Cyrillic and romanization letters mapped, the rest through ICU. */
    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String lower = NFC.normalize(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CYRILLIC.get(c);
            if (mapped == null) {
                mapped = LATIN.get(c);
            }
            if (mapped == null && c < 0x80) {
                mapped = Character.isLetterOrDigit(c) ? String.valueOf(c) : " ";
            }
            if (mapped == null) {
                other.append(c);
                continue;
            }
            flush(other, out);
            out.append(mapped);
        }
        flush(other, out);
        return out.toString();
    }

    /** Text of other scripts and diacritics through ICU, anything that stays non-ASCII a word boundary. */
    private static void flush(StringBuilder other, StringBuilder out) {
        if (other.isEmpty()) {
            return;
        }
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(other.toString());
        }
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            out.append(c < 0x80 && Character.isLetterOrDigit(c) ? c : ' ');
        }
        other.setLength(0);
    }

    private static String fold(String ascii, J reading) {
        StringBuilder key = new StringBuilder(ascii.length());
        for (String word : ascii.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String folded = word(word, reading);
            if (!folded.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(folded);
            }
        }
        return key.toString();
    }

    /** One word of {@code [a-z0-9]}: consonant groups, j, y; then squeezing and ie → e. */
    private static String word(String w, J reading) {
        StringBuilder s = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (w.startsWith("shch", i) || w.startsWith("sch", i) || w.startsWith("shh", i)) {
                s.append('x');
                i += w.startsWith("shch", i) ? 4 : 3;
            } else if (w.startsWith("sh", i)) {
                s.append('x');
                i += 2;
            } else if (w.startsWith("zh", i)) {
                s.append('j');
                i += 2;
            } else if (w.startsWith("ch", i)) {
                s.append('c');
                i += 2;
            } else if (w.startsWith("kh", i)) {
                s.append('k');
                i += 2;
            } else if (w.startsWith("gh", i)) {
                s.append('g');
                i += 2;
            } else if (w.startsWith("ts", i)) {
                s.append('q');
                i += 2;
            } else {
                switch (c) {
                    case 'c' -> s.append('q');
                    case 'h', 'q' -> s.append('k');
                    case 'x' -> s.append("ks");
                    case 'w' -> s.append('u');
                    case 'y' -> s.append('i');
                    case 'j' -> s.append(switch (reading) {
                        case ZHE -> 'j';
                        case SHORT_I -> 'i';
                        case CONTEXT -> s.isEmpty() || !vowel(s.charAt(s.length() - 1)) ? 'j' : 'i';
                    });
                    default -> s.append(c);
                }
                i++;
            }
        }
        String folded = squeeze(s);
        folded = folded.replace("dj", "j").replace("ie", "e");
        return squeeze(new StringBuilder(folded));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String squeeze(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
