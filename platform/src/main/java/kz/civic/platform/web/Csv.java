package kz.civic.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for analysts' downloads ({@code Accept: text/csv}): CRLF line ends, fields quoted
 * when they hold a comma, quote or line break. Text cells starting with {@code = + - @} get a
 * leading apostrophe so a spreadsheet never runs them as formulas (OWASP CSV injection).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
