package kz.civic.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.civic.platform.db.NativeWrites;
import kz.civic.platform.problem.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for POST (IETF draft-ietf-httpapi-idempotency-key-header).
 *
 * <ol>
 * <li>The key is claimed in its own committed transaction (state IN_FLIGHT with a short lease), so
 * a concurrent request with the same key sees it and gets 409.</li>
 * <li>The operation runs, and its answer is stored in the <em>same</em> transaction as its effect:
 * either both exist or neither does.</li>
 * <li>The same key with the same body replays the stored status, body bytes and headers (Content-Type with its
 * charset, Location, ETag, Content-Language, …) for
 * {@code civic.idempotency.ttl} (default 24 h); with a different body it gets 422.</li>
 * </ol>
 * A failed operation (any error answer) releases the key so the client may retry. A lease left by a
 * crashed instance expires after {@code civic.idempotency.lease}. Keys are scoped per caller and
 * operation.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    /** What the services answer JSON as (RESTEasy Reactive's choice for {@code @Produces(APPLICATION_JSON)}). */
    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    /** Headers of the connection or of this very exchange, which a replay has of its own. */
    private static final Set<String> NOT_STORED = Set.of("content-length", "connection", "transfer-encoding", "date",
            "keep-alive", "x-request-id", "set-cookie", REPLAYED_HEADER.toLowerCase(Locale.ROOT));

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ObjectMapper wire;
    private final SecurityIdentity identity;
    private final Duration ttl;
    private final Duration lease;

    public Idempotency(EntityManager em, ObjectMapper mapper, SecurityIdentity identity,
            @ConfigProperty(name = "civic.idempotency.ttl", defaultValue = "PT24H") Duration ttl,
            @ConfigProperty(name = "civic.idempotency.lease", defaultValue = "PT30S") Duration lease) {
        this.em = em;
        this.mapper = mapper;
        this.wire = DisplayNames.wire(mapper);
        this.identity = identity;
        this.ttl = ttl;
        this.lease = lease;
    }

    /**
     * Runs {@code operation} at most once per key.
     *
     * @param key       the {@code Idempotency-Key} header, may be null (then the operation just runs)
     * @param operation e.g. {@code "POST /api/v1/ngos"}
     * @param request   the request body; its canonical JSON is hashed
     * @param action    performs the operation and builds the answer; runs in a transaction that it
     *                  joins (services use {@code @Transactional} REQUIRED)
     */
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest("validation", "Idempotency-Key must be 1-255 visible ASCII characters");
        }
        String scope = caller() + " " + operation;
        String hash = hash(request);
        Response replay = QuarkusTransaction.requiringNew().call(() -> claim(scope, key, hash));
        if (replay != null) {
            return replay;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> complete(scope, key, action.get()));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(scope, key));
            throw e;
        }
    }

    private Response claim(String scope, String key, String hash) {
        write("DELETE FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2 AND expires_at < now()")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
        int claimed = write("INSERT INTO idempotency_record (scope, idempotency_key, request_hash, state, "
                        + "locked_until, expires_at) VALUES (?1, ?2, ?3, 'IN_FLIGHT', now() + make_interval(secs => ?4), "
                        + "now() + make_interval(secs => ?5)) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, lease.toSeconds()).setParameter(5, ttl.toSeconds())
                .executeUpdate();
        if (claimed == 1) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT request_hash, state, locked_until > now(), response_status, "
                        + "response_body, response_location, response_etag, response_headers FROM idempotency_record "
                        + "WHERE scope = ?1 AND idempotency_key = ?2 FOR UPDATE")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.conflict("idempotency-in-flight", "the request with this key is being processed; retry shortly");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.unprocessable("idempotency-mismatch",
                    "this Idempotency-Key was used with a different request body");
        }
        if ("IN_FLIGHT".equals(row[1])) {
            if (Boolean.TRUE.equals(row[2])) {
                throw ApiException.conflict("idempotency-in-flight",
                        "the request with this key is being processed; retry shortly");
            }
            // The lease of a crashed attempt expired; its effect did not commit, so take it over.
            write("UPDATE idempotency_record SET locked_until = now() + make_interval(secs => ?3) "
                            + "WHERE scope = ?1 AND idempotency_key = ?2")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, lease.toSeconds()).executeUpdate();
            return null;
        }
        Response.ResponseBuilder stored = Response.status(((Number) row[3]).intValue());
        if (row[7] != null) {
            storedHeaders((String) row[7]).forEach((name, values) -> values.forEach(v -> stored.header(name, v)));
        } else {
            // a record written before the headers were stored
            if (row[5] != null) {
                stored.header(HttpHeaders.LOCATION, row[5]);
            }
            if (row[6] != null) {
                stored.header(HttpHeaders.ETAG, row[6]);
            }
        }
        if (row[4] != null) {
            stored.entity(((String) row[4]).getBytes(StandardCharsets.UTF_8));
            if (row[7] == null) {
                stored.type(JSON_UTF8);
            }
        }
        return stored.header(REPLAYED_HEADER, "true").build();
    }

    /**
     * Stores the answer and returns it as stored: the body as the bytes that were stored and the headers that were
     * stored, so that the first answer and every replay are the same bytes with the same headers.
     */
    private Response complete(String scope, String key, Response response) {
        byte[] body = null;
        Response.ResponseBuilder answer = Response.fromResponse(response);
        if (response.getEntity() != null) {
            try {
                body = response.getEntity() instanceof byte[] bytes ? bytes : wire.writeValueAsBytes(response.getEntity());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("answer cannot be stored", e);
            }
            answer.entity(body);
            if (response.getMediaType() == null) {
                answer.type(JSON_UTF8);
            }
            if (response.getStatus() < 300 && response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE) == null) {
                // the stored body's displayNames are in this language; a replay says so whatever it asks for
                answer.header(HttpHeaders.CONTENT_LANGUAGE, DisplayNames.currentLanguage().getLanguage())
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            }
        }
        Response built = answer.build();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        built.getStringHeaders().forEach((name, values) -> {
            if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(values));
            }
        });
        String storedHeaders;
        try {
            storedHeaders = mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be stored", e);
        }
        write("UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?3, response_body = ?4, "
                        + "response_location = ?5, response_etag = ?6, response_headers = ?7 "
                        + "WHERE scope = ?1 AND idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, response.getStatus())
                .setParameter(4, body == null ? null : new String(body, StandardCharsets.UTF_8))
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getEntityTag() == null ? null : response.getEntityTag().toString())
                .setParameter(7, storedHeaders)
                .executeUpdate();
        return built;
    }

    private Map<String, List<String>> storedHeaders(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, List<String>>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer unreadable", e);
        }
    }

    private void release(String scope, String key) {
        write("DELETE FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2 AND state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /** A native write on idempotency_record (declared, so that it leaves the second-level cache alone). */
    private Query write(String sql) {
        return NativeWrites.on(em, "idempotency_record", sql);
    }

    private String caller() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private String hash(Object request) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(mapper.valueToTree(request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops expired records. */
    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() ->
                write("DELETE FROM idempotency_record WHERE expires_at < now()").executeUpdate());
    }
}
