package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.civic.forum.Addressee;
import kz.civic.forum.GovernmentBodyReplica;
import kz.civic.forum.NgoReplica;
import kz.civic.forum.Recommendation;
import kz.civic.forum.repository.GovernmentBodyReplicaRepository;
import kz.civic.forum.repository.NgoReplicaRepository;
import kz.civic.platform.problem.ApiException;

/**
 * Checks what a recommendation refers to: its source exists, its authors are NGOs the registry
 * knows that are not being wound up, and its agency addressees name known government bodies of the
 * matching level. Each broken rule is a 422 naming the field and the id.
 */
@ApplicationScoped
public class RecommendationReferences {

    private final SourceLookup sources;
    private final NgoReplicaRepository ngos;
    private final GovernmentBodyReplicaRepository bodies;

    public RecommendationReferences(SourceLookup sources, NgoReplicaRepository ngos, GovernmentBodyReplicaRepository bodies) {
        this.sources = sources;
        this.ngos = ngos;
        this.bodies = bodies;
    }

    /**
     * Checks the references and sets the recommendation's edition ({@code forumId}) from its source.
     *
     * @throws ApiException 422 for the first broken reference
     */
    public void check(Recommendation r) {
        r.forumId = switch (r.sourceType) {
            case REPUBLICAN_FORUM -> sources.forum(r.sourceId, "sourceId").id;
            case REGIONAL_FORUM -> sources.regionalForum(r.sourceId, "sourceId").forumId;
            case DIALOGUE_PLATFORM -> sources.dialoguePlatform(r.sourceId, "sourceId").forumId;
        };
        checkAuthors(r.authorNgoIds);
        checkAddressees(r.addressees);
    }

    private void checkAuthors(List<UUID> authorNgoIds) {
        Map<UUID, NgoReplica> known = byId(authorNgoIds.isEmpty() ? List.of()
                : ngos.list("id in ?1", authorNgoIds), n -> n.id);
        for (int i = 0; i < authorNgoIds.size(); i++) {
            checkNgo(known.get(authorNgoIds.get(i)), authorNgoIds.get(i), "authorNgoIds[" + i + "]");
        }
    }

    /**
     * Checks that NGO {@code id} is in the register and not being wound up (also for award winners).
     *
     * @throws ApiException 422 {@code unknown-ngo} or {@code ngo-wound-up} naming {@code field}
     */
    public void checkNgo(UUID id, String field) {
        checkNgo(ngos.findByIdOptional(id).orElse(null), id, field);
    }

    private static void checkNgo(NgoReplica ngo, UUID id, String field) {
        if (ngo == null) {
            throw Violations.of("unknown-ngo", field, "NGO " + id + " is not in the register").with("ngoId", id);
        }
        if (ngo.isWoundUp()) {
            throw Violations.of("ngo-wound-up", field, "NGO " + id + " is " + ngo.status + " and cannot author "
                    + "recommendations or receive awards").with("ngoId", id).with("ngoStatus", ngo.status);
        }
    }

    private void checkAddressees(List<Addressee> addressees) {
        List<UUID> ids = addressees.stream().map(Addressee::governmentBodyId).filter(id -> id != null).toList();
        Map<UUID, GovernmentBodyReplica> known = byId(ids.isEmpty() ? List.of() : bodies.list("id in ?1", ids), b -> b.id);
        for (int i = 0; i < addressees.size(); i++) {
            Addressee a = addressees.get(i);
            String field = "addressees[" + i + "].governmentBodyId";
            if (!a.type().isAgency()) {
                if (a.governmentBodyId() != null) {
                    throw Violations.of("government-body-not-expected", field, a.type() + " addressees name no government body");
                }
                continue;
            }
            if (a.governmentBodyId() == null) {
                throw Violations.of("government-body-required", field, a.type() + " addressees must name the government body");
            }
            GovernmentBodyReplica body = known.get(a.governmentBodyId());
            if (body == null) {
                throw Violations.of("unknown-government-body", field, "government body " + a.governmentBodyId()
                        + " is not in the register").with("governmentBodyId", a.governmentBodyId());
            }
            if (!body.level.equals(a.type().governmentBodyLevel())) {
                throw Violations.of("addressee-level-mismatch", field, "government body " + body.id + " is " + body.level
                        + ", not " + a.type().governmentBodyLevel()).with("governmentBodyId", body.id);
            }
        }
    }

    private static <T> Map<UUID, T> byId(List<T> found, Function<T, UUID> id) {
        return found.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
