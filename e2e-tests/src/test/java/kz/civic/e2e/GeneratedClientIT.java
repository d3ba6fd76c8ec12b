package kz.civic.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.civic.client.ApiClient;
import kz.civic.client.ApiException;
import kz.civic.client.ApiResponse;
import kz.civic.client.api.NgoStatusApi;
import kz.civic.client.api.NgosApi;
import kz.civic.client.model.ChangeNgoStatusRequest;
import kz.civic.client.model.LegalForm;
import kz.civic.client.model.LocalizedText;
import kz.civic.client.model.NgoRequest;
import kz.civic.client.model.NgoResponse;
import kz.civic.client.model.NgoStatus;
import kz.civic.client.model.PageNgoResponse;
import kz.civic.client.model.Person;
import kz.civic.client.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The proof that the merged OpenAPI document generates a working client: {@code kz.civic.client} is
 * generated at build time by openapi-generator's {@code java}/{@code native} generator from the
 * document the gateway serves (e2e-tests/pom.xml), and drives the running stack through the gateway
 * with nothing but what the document says.
 */
class GeneratedClientIT extends StackIT {

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.gatewayUrl());
        client.setReadTimeout(Duration.ofSeconds(20));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static NgoRequest ngo(String name) {
        return new NgoRequest().bin(MatrixFixtures.bin())
                .names(new LocalizedText().ru(name).kk(name))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION)
                .regionCode("KZ-75")
                .registrationDate(LocalDate.of(2021, 3, 1))
                .spheres(Set.of("SUPPORT_FOR_VULNERABLE_GROUPS"))
                .leader(new Person().fullName("Клиентова Асель").iin(MatrixFixtures.iin()));
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).flatMap(List::stream).findFirst().orElse(null);
    }

    @Test
    void theGeneratedClientRegistersPagesReadsChangesAndReadsProblems() throws Exception {
        NgosApi registrar = new NgosApi(client(token("registrar")));
        NgosApi anonymous = new NgosApi(client(null));
        String tag = "Клиентский союз " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        // a registrar registers an NGO with an Idempotency-Key; the retry replays the first answer
        NgoRequest first = ngo(tag + " один");
        String key = UUID.randomUUID().toString();
        NgosApi.APICreateNgoRequest register = NgosApi.APICreateNgoRequest.newBuilder()
                .ngoRequest(first).idempotencyKey(key).build();
        ApiResponse<NgoResponse> created = registrar.createNgoWithHttpInfo(register);
        assertEquals(201, created.getStatusCode());
        assertTrue(header(created, "API-Version").matches("\\d+\\.\\d+\\.\\d+.*"), "the API's full version");
        NgoResponse ngo = created.getData();
        assertEquals(first.getBin(), ngo.getBin());
        assertEquals(NgoStatus.REGISTERED, ngo.getStatus());
        assertEquals(first.getLeader().getIin(), ngo.getLeader().getIin(), "the registry sees the leader");
        String etag = header(created, "ETag");
        assertNotNull(etag);
        ApiResponse<NgoResponse> replayed = registrar.createNgoWithHttpInfo(register);
        assertEquals(ngo.getId(), replayed.getData().getId());
        assertEquals("true", header(replayed, "Idempotency-Replayed"));
        NgoResponse second = registrar.createNgo(NgosApi.APICreateNgoRequest.newBuilder()
                .ngoRequest(ngo(tag + " два")).build());

        // anyone searches them, one per page, following nextCursor
        Set<UUID> seen = new HashSet<>();
        PageNgoResponse page = anonymous.listNgos(NgosApi.APIListNgosRequest.newBuilder().q(tag).limit(1).build());
        assertEquals(1, page.getItems().size());
        assertNotNull(page.getNextCursor(), "two NGOs match, one per page: there is a next page");
        seen.add(page.getItems().get(0).getId());
        page = anonymous.listNgos(NgosApi.APIListNgosRequest.newBuilder().q(tag).limit(1)
                .cursor(page.getNextCursor()).build());
        assertEquals(1, page.getItems().size());
        seen.add(page.getItems().get(0).getId());
        assertNull(page.getNextCursor(), "the last page");
        assertEquals(Set.of(ngo.getId(), second.getId()), seen);

        // anyone reads it by id: public fields only
        NgoResponse shown = anonymous.getNgo(NgosApi.APIGetNgoRequest.newBuilder().id(ngo.getId()).build());
        assertEquals(first.getNames().getRu(), shown.getNames().getRu());
        assertNull(shown.getLeader(), "personal data is not public");

        // the registrar activates it with If-Match
        NgoStatusApi status = new NgoStatusApi(client(token("registrar")));
        ApiResponse<NgoResponse> changed = status.createNgoStatusChangeWithHttpInfo(
                NgoStatusApi.APICreateNgoStatusChangeRequest.newBuilder().id(ngo.getId()).ifMatch(etag)
                        .changeNgoStatusRequest(new ChangeNgoStatusRequest().to(NgoStatus.ACTIVE).reason("documents checked"))
                        .build());
        assertEquals(200, changed.getStatusCode());
        assertEquals(NgoStatus.ACTIVE, changed.getData().getStatus());
        assertNotEquals(etag, header(changed, "ETag"));

        // a 4xx problem+json is the client's ApiException, its body the document's Problem
        ApiException stale = assertThrows(ApiException.class, () -> status.createNgoStatusChange(
                NgoStatusApi.APICreateNgoStatusChangeRequest.newBuilder().id(ngo.getId()).ifMatch(etag)
                        .changeNgoStatusRequest(new ChangeNgoStatusRequest().to(NgoStatus.SUSPENDED).reason("late"))
                        .build()));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals(412, problem.getStatus());
        assertNotNull(problem.getType());

        ApiException duplicate = assertThrows(ApiException.class, () -> registrar.createNgo(
                NgosApi.APICreateNgoRequest.newBuilder().ngoRequest(first).build()));
        assertEquals(409, duplicate.getCode());
        assertTrue(duplicate.getResponseBody().contains(ngo.getId().toString()), "existingId names the NGO");

        ApiException unauthenticated = assertThrows(ApiException.class, () -> anonymous.createNgo(
                NgosApi.APICreateNgoRequest.newBuilder().ngoRequest(ngo(tag + " три")).build()));
        assertEquals(401, unauthenticated.getCode());
    }
}
