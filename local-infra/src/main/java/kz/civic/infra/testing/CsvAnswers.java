package kz.civic.infra.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CSV convention (docs/conventions.md "Statistics and CSV"), checked on every answer a service's tests receive
 * through REST Assured: an {@code /api/} answer whose content type is {@code text/csv} must say exactly
 * {@value #CONTENT_TYPE}, and its body must be RFC 4180 with a header row (named, distinct columns), CRLF after every
 * row (the last one too) and as many cells in every row as in the header, quoted fields included.
 *
 * <p>Mode by the system property {@code civic.csv-answers} (set in a service's surefire configuration):
 * {@code enforce} fails the request's test with the violations; anything else appends them to
 * {@code target/csv-answer-violations.txt}.
 *
 * <p>{@link #assertRowsAreTheGroups} holds a statistics CSV to its JSON twin: the columns are the members of the
 * JSON groups and row <i>i</i> is group <i>i</i>.
 */
public final class CsvAnswers implements Filter {

    /** The one {@code Content-Type} of CSV answers (RFC 4180 with RFC 7111's {@code header} parameter). */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";
    private static final ObjectMapper JSON = new ObjectMapper();
    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String contentType = response.header("Content-Type");
        if (!uri.getPath().startsWith("/api/") || contentType == null
                || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("text/csv")) {
            return response;
        }
        List<String> violations = violations(contentType, response.asByteArray());
        if (!violations.isEmpty()) {
            String report = request.getMethod() + " " + uri.getPath() + " -> " + response.statusCode() + ": "
                    + String.join("; ", violations);
            AnswerChecks.report(AnswerChecks.enforced("civic.csv-answers"), "the CSV answer breaks the CSV convention",
                    "csv-answer-violations.txt", report);
        }
        return response;
    }

    /** What is wrong with a CSV answer of this content type and body; empty when nothing is. */
    public static List<String> violations(String contentType, byte[] body) {
        List<String> violations = new ArrayList<>();
        if (!CONTENT_TYPE.equals(contentType)) {
            violations.add("Content-Type is '" + contentType + "', not '" + CONTENT_TYPE + "'");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body)) {
            violations.add("the body is not UTF-8");
        }
        Parsed parsed = parse(text);
        violations.addAll(parsed.errors());
        List<List<String>> rows = parsed.rows();
        if (rows.isEmpty()) {
            violations.add("no header row");
            return violations;
        }
        List<String> header = rows.get(0);
        Set<String> names = new HashSet<>();
        for (String name : header) {
            if (name.isBlank()) {
                violations.add("the header row has an empty column name: " + header);
            } else if (!names.add(name)) {
                violations.add("the header row names '" + name + "' twice");
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                violations.add("row " + (i + 1) + " has " + rows.get(i).size() + " cells, the header " + header.size());
            }
        }
        return violations;
    }

    /** The records of an RFC 4180 text and what breaks the format (bare CR or LF, stray quotes, no final CRLF). */
    public record Parsed(List<List<String>> rows, List<String> errors) {
    }

    /** Parses RFC 4180 CSV: fields separated by commas, records ended by CRLF, quoted fields with doubled quotes. */
    public static Parsed parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                errors.add("row " + (rows.size() + 1) + " ends with a bare " + (c == '\r' ? "CR" : "LF") + ", not CRLF");
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    errors.add("row " + (rows.size() + 1) + " has a quote inside an unquoted field");
                }
                quoted = true;
                wasQuoted = true;
            } else {
                if (wasQuoted) {
                    errors.add("row " + (rows.size() + 1) + " has text after a closing quote");
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            errors.add("row " + (rows.size() + 1) + " has an unterminated quoted field");
        }
        if (!row.isEmpty() || field.length() > 0 || wasQuoted) {
            row.add(field.toString());
            rows.add(row);
            errors.add("the last row does not end with CRLF");
        }
        return new Parsed(rows, errors);
    }

    /**
     * Asserts that a statistics CSV is its JSON answer's groups: the CSV's columns are the members of the group schema
     * the service documents for {@code GET path} (a nested object's members as {@code parent.child}; read-only members
     * such as {@code displayName} are not stored data and have no column), and row <i>i</i> holds group <i>i</i>'s
     * values (an absent or null member an empty cell, numbers compared as numbers, a text starting with
     * {@code = + - @} behind the apostrophe that keeps spreadsheets from running it).
     */
    public static void assertRowsAreTheGroups(String path, String json, String csv) {
        JsonNode document;
        JsonNode answer;
        try {
            document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
            answer = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode schema = resolve(document, document.path("paths").path(path).path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema"));
        JsonNode groupSchema = resolve(document, schema.path("properties").path("groups").path("items"));
        List<String> members = new ArrayList<>();
        members(document, groupSchema, "", members);
        if (members.isEmpty()) {
            throw new AssertionError("GET " + path + " documents no group members: " + schema);
        }
        Parsed parsed = parse(csv);
        if (!parsed.errors().isEmpty() || parsed.rows().isEmpty()) {
            throw new AssertionError("not RFC 4180 CSV with a header: " + parsed.errors() + "\n" + csv);
        }
        List<String> header = parsed.rows().get(0);
        if (!new TreeSet<>(header).equals(new TreeSet<>(members)) || header.size() != members.size()) {
            throw new AssertionError("GET " + path + ": CSV columns " + header + " are not the JSON group members "
                    + members);
        }
        JsonNode groups = answer.path("groups");
        List<List<String>> rows = parsed.rows().subList(1, parsed.rows().size());
        if (rows.size() != groups.size()) {
            throw new AssertionError("GET " + path + ": " + rows.size() + " CSV rows for " + groups.size()
                    + " JSON groups (no totals row)\n" + csv + "\n" + json);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                JsonNode value = groups.get(r).at("/" + header.get(c).replace(".", "/"));
                String cell = rows.get(r).get(c);
                if (!sameValue(value, cell)) {
                    throw new AssertionError("GET " + path + ": row " + (r + 2) + " column " + header.get(c) + " is '"
                            + cell + "', group " + r + " has " + value);
                }
            }
        }
    }

    private static boolean sameValue(JsonNode value, String cell) {
        if (value.isMissingNode() || value.isNull()) {
            return cell.isEmpty();
        }
        if (value.isNumber()) {
            try {
                return new BigDecimal(cell).compareTo(value.decimalValue()) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        String text = value.asText();
        if (value.isTextual() && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.equals(cell);
    }

    private static void members(JsonNode document, JsonNode schema, String prefix, List<String> out) {
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode property = resolve(document, p.getValue());
            if (property.path("readOnly").asBoolean(false)) {
                return;
            }
            if (property.has("properties")) {
                members(document, property, prefix + p.getKey() + ".", out);
            } else {
                out.add(prefix + p.getKey());
            }
        });
    }

    /** A schema with its {@code $ref}, single {@code allOf} or nullable {@code anyOf} followed. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(document, document.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.path("allOf").size() == 1) {
            return resolve(document, schema.path("allOf").get(0));
        }
        for (JsonNode member : schema.path("anyOf")) {
            if (member.has("$ref")) {
                return resolve(document, member);
            }
        }
        return schema;
    }
}
