package kz.civic.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * RFC 4180 CSV for analysts' downloads ({@code Accept: text/csv}): a header row, CRLF line ends, UTF-8, fields quoted
 * when they hold a comma, quote or line break. Text cells starting with {@code = + - @} get a leading apostrophe so a
 * spreadsheet never runs them as formulas (OWASP CSV injection).
 *
 * <p>Every CSV answer is {@link #CONTENT_TYPE} exactly: a resource answers {@link #ok(String)} and declares
 * {@code @Produces(Csv.PRODUCES)}, whose server-side quality ranks CSV below JSON for a client that accepts both;
 * {@link CsvContentType} writes the header on the wire, so the quality never leaks into an answer. The OpenAPI
 * document names the media type {@link #MEDIA_TYPE} (platform {@code ApiDocumentFilter} drops the quality).
 */
public final class Csv {

    /** The media type as the OpenAPI document names it. */
    public static final String MEDIA_TYPE = "text/csv";
    /** The {@code Content-Type} of every CSV answer (RFC 4180, with RFC 7111's {@code header} parameter). */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";
    /** What a CSV resource method produces: CSV, ranked below JSON when the client accepts both. */
    public static final String PRODUCES = "text/csv;qs=0.5";

    private Csv() {
    }

    /** 200 with the CSV text, {@link #CONTENT_TYPE}. */
    public static RestResponse<String> ok(String csv) {
        return RestResponse.ResponseBuilder.ok(csv, CONTENT_TYPE).build();
    }

    /** 200 with the CSV text, {@link #CONTENT_TYPE}, to be saved as {@code fileName} (a plain ASCII name). */
    public static RestResponse<String> ok(String csv, String fileName) {
        return RestResponse.ResponseBuilder.ok(csv, CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    /**
     * The rows of a table of records, one per record, under a header of the record's components: the columns are the
     * members of the record's JSON, in declaration order; a nested record's members become {@code parent.child}
     * columns (a {@code LocalizedText name} gives {@code name.kk,name.ru,name.en}: CSV carries stored texts as stored,
     * without the answer-language {@code displayName}); a null is an empty cell.
     */
    public static <R extends Record> String of(Class<R> type, List<R> rows) {
        List<String> header = new ArrayList<>();
        columns(type, "", header);
        List<List<?>> cells = new ArrayList<>();
        for (R row : rows) {
            List<Object> values = new ArrayList<>();
            values(type, row, values);
            cells.add(values);
        }
        return of(header, cells);
    }

    private static void columns(Class<?> type, String prefix, List<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isRecord()) {
                columns(t, prefix + c.getName() + ".", out);
            } else if (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t) || t.isArray()) {
                throw new IllegalArgumentException(type.getName() + "." + c.getName() + " has no place in one CSV cell");
            } else {
                out.add(prefix + c.getName());
            }
        }
    }

    private static void values(Class<?> type, Object row, List<Object> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Object value;
            try {
                value = row == null ? null : c.getAccessor().invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
            }
            if (c.getType().isRecord()) {
                values(c.getType(), value, out);
            } else {
                out.add(value);
            }
        }
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if ((value instanceof CharSequence || value instanceof Enum) && !text.isEmpty()
                && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
