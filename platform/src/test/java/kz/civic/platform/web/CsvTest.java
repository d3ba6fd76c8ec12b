package kz.civic.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    record Group(String key, LocalizedText name, long count, BigDecimal percent) {
    }

    record Listy(String key, List<String> values) {
    }

    @Test
    void recordsBecomeOneRowEachUnderTheirComponentsNestedRecordsFlattened() {
        String csv = Csv.of(Group.class, List.of(new Group("KZ-75", new LocalizedText("қ", "Фонд, \"Мир\"", null), 3,
                new BigDecimal("42.50")), new Group("-1", null, 0, null)));
        assertEquals("key,name.kk,name.ru,name.en,count,percent\r\n"
                + "KZ-75,қ,\"Фонд, \"\"Мир\"\"\",,3,42.50\r\n"
                + "'-1,,,,0,\r\n", csv);
    }

    @Test
    void noRowsIsTheHeaderAlone() {
        assertEquals("key,name.kk,name.ru,name.en,count,percent\r\n", Csv.of(Group.class, List.of()));
    }

    @Test
    void aListHasNoPlaceInACell() {
        assertThrows(IllegalArgumentException.class, () -> Csv.of(Listy.class, List.of()));
    }
}
