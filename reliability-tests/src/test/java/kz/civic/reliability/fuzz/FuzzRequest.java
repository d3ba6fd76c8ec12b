package kz.civic.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import kz.civic.reliability.fuzz.ApiDocument.Operation;

/**
 * One generated request. {@code token} names the caller (a role, anonymous, or a broken token) and {@code kind} what
 * the body is (valid, mutated, malformed, ...), so a shrunk counterexample reads as a sentence.
 */
record FuzzRequest(Operation operation, String token, String pathAndQuery, Map<String, String> headers,
        String contentType, String kind, byte[] body) {

    /**
     * True if a path parameter was "." or ".." (also percent-encoded, %2e = "." by RFC 3986) or empty: the gateway
     * normalises such a path to another one, so the answer belongs to whatever operation (if any) that path names.
     */
    boolean leavesItsPath() {
        String path = normalisable() + "/";
        return path.contains("//") || path.contains("/./") || path.contains("/../");
    }

    /** The path as the gateway resolves it (dot segments removed). */
    String resolvedPath() {
        return java.net.URI.create(normalisable()).normalize().getPath();
    }

    private String normalisable() {
        return path().replaceAll("(?i)%2e", ".");
    }

    String path() {
        return pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    }

    @Override
    public String toString() {
        String preview = "";
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            preview = text.length() > 400 ? text.substring(0, 400) + "… (" + body.length + " bytes)" : text;
            preview = " body[" + kind + ", " + contentType + "]=" + escape(preview);
        } else if (!kind.isEmpty()) {
            preview = " body[" + kind + "]";
        }
        String target = pathAndQuery.length() > 300 ? pathAndQuery.substring(0, 300) + "…(" + pathAndQuery.length() + ")"
                : pathAndQuery;
        return operation.method() + " " + target + " as " + token + (headers.isEmpty() ? "" : " " + headers) + preview;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c == 0x200B || c == 0x200D || c == 0xFEFF) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
