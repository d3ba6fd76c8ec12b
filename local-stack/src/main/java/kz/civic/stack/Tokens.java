package kz.civic.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 JWTs with the local signing key, shaped as architecture.md §7 says: roles in
 * {@code groups}, audience {@code civic-api}, optional {@code ngoId} / {@code agencyId}.
 */
public final class Tokens {

    public static final String ISSUER = "https://auth.civic.local";
    public static final String AUDIENCE = "civic-api";

    /** The roles of the security model (architecture.md §7), as services check them in {@code groups}. */
    public static final List<String> ROLES = List.of("registrar", "ngo", "forum-secretariat", "agency",
            "procurement-officer", "commission-member", "analyst", "admin");

    private final PrivateKey key;

    public Tokens(Path privateKeyPem) {
        try {
            String pem = Files.readString(privateKeyPem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read signing key " + privateKeyPem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad signing key " + privateKeyPem, e);
        }
    }

    /** A token for {@code subject} with one role and optional extra string claims, valid for {@code ttl}. */
    public String mint(String subject, String role, Map<String, String> claims, Duration ttl) {
        Instant now = Instant.now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
        payload.put("aud", AUDIENCE);
        payload.put("sub", subject);
        payload.put("upn", subject);
        payload.put("groups", new String[] { role });
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.plus(ttl).getEpochSecond());
        payload.put("jti", UUID.randomUUID().toString());
        payload.putAll(claims);
        String signingInput = b64(json(Map.of("alg", "RS256", "typ", "JWT"))) + "." + b64(json(payload));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Minimal JSON for strings, numbers and string arrays (all that a token holds). */
    static String json(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof String[] array) {
            return java.util.Arrays.stream(array).map(Tokens::quote).collect(Collectors.joining(",", "[", "]"));
        }
        return quote(String.valueOf(v));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
