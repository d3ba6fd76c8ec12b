package kz.civic.registry;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes names findable across scripts: lower-case text plus its Latin transliteration (Russian
 * and Kazakh letters), with the Latin spellings that vary most folded together (q→k, w→u). So
 * "Шырак", "Шырақ", "Shyrak" and "shyraq" all meet on "shyrak".
 */
public final class SearchText {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('і', "i"), Map.entry('к', "k"),
            Map.entry('қ', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"),
            Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"));

    private SearchText() {
    }

    /** The text stored for an NGO: its names and aliases, lower-cased and transliterated. */
    public static String of(String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank())
                .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        return joined + " " + latin(joined);
    }

    /** A query term in the form it is searched for (Latin, folded). */
    public static String queryTerm(String query) {
        return latin(query.toLowerCase(Locale.ROOT).trim());
    }

    static String latin(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String mapped = LATIN.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c == '«' || c == '»' || c == '"' || c == '\'' || c == '“' || c == '”') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().replace('q', 'k').replace('w', 'u').replaceAll("\\s+", " ");
    }
}
