package kz.civic.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The folding table of docs/conventions.md ("Search"): each romanization meets the Cyrillic word. */
class SearchKeyTest {

    @ParameterizedTest(name = "{1} finds {0}")
    @CsvSource({
            "Бурабай, burabai",
            "Бурабай, burabay",
            "Бурабай, Burabaj",
            "заявитель, zayavitel",
            "заявитель, zaiavitel",
            "заявитель, zajavitel",
            "заявитель, zayavitel'",
            "Общественный, Obshchestvennyy",
            "Общественный, obshestvennyi",
            "Общественный, obschestvennyj",
            "Общественный, obshchestvennyj",
            "Общественный, Obŝestvennyj",
            "Жастар, jastar",
            "Жастар, zhastar",
            "Жастар, Žastar",
            "Қазақстан, qazaqstan",
            "Қазақстан, kazakhstan",
            "Қазақстан, kazakstan",
            "Қазақстан, Qazaqstan",
            "Өркен, orken",
            "Өркен, Örken",
            "Әйел, aiel",
            "Әйел, ayel",
            "Әйел, Äiel",
            "Ұлттық, ulttyq",
            "Ұлттық, ulttyk",
            "Ұлттық, Ūlttyq",
            "Үміт, umit",
            "Үміт, Ümit",
            "Іскер, isker",
            "Шырақ, shyraq",
            "Шырақ, Şyraq",
            "Шырақ, shyrak",
            "Ерлан, Yerlan",
            "Ерлан, Erlan",
            "объединение, obyedineniye",
            "объединение, obedinenie",
            "объединение, ob'edinenie",
            "Маңғыстау, Mangystau",
            "Маңғыстау, Mañğystau",
            "Жамбыл, Zhambyl",
            "Джамбул, Dzhambul",
            "Джамбул, Djambul",
            "Ажар, Ajar",
            "Юрий, Jurij",
            "Юрий, Yuriy",
            "Людмила, Ljudmila",
            "Людмила, Lyudmila",
            "Центр, tsentr",
            "Центр, centr",
            "Хабар, Khabar",
            "Хабар, Habar",
            "Чайка, Chayka",
            "Чайка, Çaika",
            "Қоғам, Qoğam",
            "Қоғам, Kogham",
    })
    void romanizationsMeet(String cyrillic, String latin) {
        String key = SearchKey.of(cyrillic);
        assertTrue(SearchKey.variants(latin).contains(key),
                latin + " → " + SearchKey.variants(latin) + ", " + cyrillic + " → " + key);
    }

    @Test
    void keysAreLowerCaseAsciiWords() {
        assertEquals("obxestveni fond burabai", SearchKey.of("Общественный фонд «Бурабай»"));
        assertEquals("", SearchKey.of("«—»"));
        assertEquals("2024", SearchKey.of("2024"));
        assertEquals(List.of(), SearchKey.variants("  "));
    }

    @Test
    void otherScriptsGoThroughIcu() {
        assertEquals(SearchKey.of("Ελλάδα"), SearchKey.of("Ellada"));
        assertEquals(SearchKey.of("Café"), SearchKey.of("cafe"));
    }

    @Test
    void jHasEveryReadingAsAVariant() {
        assertEquals(List.of("jastar"), SearchKey.variants("жастар"));
        assertEquals(3, SearchKey.variants("Jaja").size());
    }

    @Test
    void storedKeysRankTheQuery() {
        String stored = SearchKey.stored("Общественный фонд «Бурабай»", "Бурабай", null, "Jastar Burabai");
        assertEquals(SearchKey.EXACT, SearchKey.query("burabay").rank(stored));
        assertEquals(SearchKey.NAME_PREFIX, SearchKey.query("Obshchestvennyy").rank(stored));
        assertEquals(SearchKey.WORD_PREFIX, SearchKey.query("fond").rank(stored));
        assertEquals(SearchKey.CONTAINS, SearchKey.query("abai").rank(stored));
        assertEquals(SearchKey.NONE, SearchKey.query("astana").rank(stored));
        assertEquals(SearchKey.NONE, SearchKey.query("«»").rank(stored));
    }

    @Test
    void expressionsNameTheirParameters() {
        Map<String, Object> parameters = new HashMap<>();
        String expression = SearchKey.query("burabay").rankExpression("n.searchKey", "q", parameters);
        assertTrue(expression.startsWith("case when (n.searchKey like :qe0) then 1"), expression);
        assertEquals("%/burabai/%", parameters.get("qe0"));
        assertEquals("%burabai%", parameters.get("qc0"));
        assertEquals("(1 = 0)", SearchKey.query("!").matchCondition("k", "q", parameters));
    }
}
