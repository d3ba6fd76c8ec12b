package kz.civic.reliability.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The strings an attacker or a careless client sends: scripts, injections, traversal and unicode edge cases. */
final class Hostile {

    /** Short enough for any field; each is a case the services must store verbatim or refuse cleanly. */
    static final List<String> STRINGS = List.of(
            // Kazakh letters, Cyrillic and Latin mixed, RTL scripts, direction overrides
            "Әлеуметтік қорғау: ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І",
            "Қазақстан Республикасы azamattyq qoğam",
            "منظمة غير حكومية للمجتمع المدني",
            "ארגון ללא מטרות רווח",
            "abc\u202Eevil\u202Cdef",
            // zero-width characters, joiners, BOM, combining marks, emoji
            "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF",
            "👨‍👩‍👧‍👦 🇰🇿 😀",
            "Z\u0336\u0322\u034Ea\u0336l\u0335g\u0337o\u0338",
            "e\u0301\u0301\u0301\u0301\u0301\u0301",
            // control characters, NUL, lone surrogates (sent as \\u escapes in JSON)
            "a\u0000b",
            "\u0000",
            "\u0001\u0002\u001F\u007F",
            "line1\r\nline2\ttab",
            "\uD800",
            "x\uDFFFy",
            "\uDBFF\uDBFF",
            // SQL, NoSQL, script, template, log4shell, format strings
            "' OR '1'='1",
            "'; DROP TABLE ngo; --",
            "1; SELECT pg_sleep(5); --",
            "\" OR \"\"=\"",
            "' UNION SELECT iin, full_name FROM person --",
            "{\"$gt\": \"\"}",
            "{\"$where\": \"sleep(1000)\"}",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/a}",
            "{{7*7}}${7*7}#{7*7}",
            "%s%s%s%n%x",
            // path traversal
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..%252f..%252f",
            "/etc/passwd%00.json",
            // look-alikes and odd numbers in strings
            "",
            " ",
            "\u00A0\u2003\u3000",
            "null",
            "undefined",
            "NaN",
            "-0",
            "1e309",
            "０１２３",
            "٣٤٥",
            "İıßǅﬁ");

    static final List<String> KEYS = List.of("__proto__", "constructor", "$where", "id", "version", "createdAt",
            "status", "ngoId", "role", "groups", "admin", "x".repeat(300), "поле", "");

    static Arbitrary<String> strings() {
        return Arbitraries.of(STRINGS);
    }

    /** Values that survive as an HTTP header (visible ASCII): the rest of the hostile set would not be sent. */
    static Arbitrary<String> headerValues() {
        return Arbitraries.of("", " ", "*", "\"", "W/\"1\"", "\"0\"", "\"-1\"", "\"99999999999999999999\"",
                "' OR '1'='1", "../../etc/passwd", "${jndi:ldap://127.0.0.1:1/a}", "<script>", "x".repeat(300),
                "a,b", "\"a\", \"b\"", "null");
    }

    /** A string of {@code length} characters, Kazakh letters repeated. */
    static String huge(int length) {
        StringBuilder b = new StringBuilder(length);
        String pattern = "әғқңөұүһі";
        while (b.length() < length) {
            b.append(pattern.charAt(b.length() % pattern.length()));
        }
        return b.toString();
    }

    private Hostile() {
    }
}
