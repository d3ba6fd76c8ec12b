package kz.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.event.NgoEvents;
import kz.civic.registry.event.NgoSnapshot;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.rest.NgoRequest;
import kz.civic.platform.time.Timestamps;

/** Owns the register's rules and transactions; every change writes its event to the outbox. */
@ApplicationScoped
@Transactional
public class NgoService {

    private final NgoRepository ngos;
    private final OutboxWriter outbox;
    private final NgoLifecycleService lifecycle;
    private final NgoProfileWriter profiles;
    private final Caller caller;

    public NgoService(NgoRepository ngos, OutboxWriter outbox, NgoLifecycleService lifecycle, NgoProfileWriter profiles,
            Caller caller) {
        this.ngos = ngos;
        this.outbox = outbox;
        this.lifecycle = lifecycle;
        this.profiles = profiles;
        this.caller = caller;
    }

    /**
     * Enters an NGO into the register. A BIN already registered gives 409 with the existing id; a
     * record without a BIN must be flagged legacy (422).
     */
    public Ngo register(NgoRequest request) {
        requireRegistrationDate(request);
        boolean legacy = Boolean.TRUE.equals(request.legacy());
        if (request.bin() == null && !legacy) {
            throw ApiException.unprocessable("bin-required", "bin", "a BIN is required unless the record is flagged legacy");
        }
        if (request.bin() != null) {
            ngos.findByBin(request.bin()).ifPresent(existing -> {
                throw ApiException.conflict("duplicate-bin", "an NGO with BIN " + request.bin() + " is already registered")
                        .with("existingId", existing.id);
            });
        }
        Ngo ngo = new Ngo();
        ngo.id = UUID.randomUUID();
        ngo.bin = request.bin();
        ngo.legacy = legacy;
        profiles.apply(request, ngo);
        ngo.status = NgoStatus.REGISTERED;
        ngo.createdAt = Timestamps.now();
        ngo.updatedAt = ngo.createdAt;
        ngos.persist(ngo);
        lifecycle.recordRegistration(ngo);
        outbox.append(NgoEvents.TOPIC, NgoEvents.REGISTERED, ngo.id.toString(), NgoSnapshot.of(ngo));
        return ngo;
    }

    /**
     * Replaces the editable profile. The registry (registrar, admin) may edit everything but the
     * BIN; an NGO representative only its own profile, and not its legal form, region,
     * registration date or parent (403).
     */
    public Ngo update(UUID id, String ifMatch, NgoRequest request) {
        Ngo ngo = get(id);
        boolean registry = caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN);
        if (!registry && !caller.representsNgo(id)) {
            throw new ApiException(403, "forbidden", "an NGO representative may only edit its own NGO");
        }
        requireRegistrationDate(request);
        Etags.requireMatch(ifMatch, ngo.version);
        if ((request.bin() != null && !request.bin().equals(ngo.bin))
                || (request.legacy() != null && request.legacy() != ngo.legacy)) {
            throw ApiException.unprocessable("bin-immutable", "bin", "the BIN and the legacy flag cannot be changed");
        }
        if (!registry) {
            List<String> registryOnly = registryOnlyChanges(request, ngo);
            if (!registryOnly.isEmpty()) {
                throw new ApiException(403, "forbidden", "only the registry may change " + registryOnly)
                        .with("fields", registryOnly);
            }
        }
        profiles.apply(request, ngo);
        ngo.updatedAt = Timestamps.now();
        ngos.flush();
        outbox.append(NgoEvents.TOPIC, NgoEvents.UPDATED, ngo.id.toString(), NgoSnapshot.of(ngo));
        return ngo;
    }

    private static void requireRegistrationDate(NgoRequest request) {
        if (request.registrationDate() == null) {
            throw ApiException.invalidParameter("registrationDate", "must not be null");
        }
    }

    private static List<String> registryOnlyChanges(NgoRequest r, Ngo ngo) {
        List<String> changed = new ArrayList<>();
        if (r.legalForm() != ngo.legalForm) {
            changed.add("legalForm");
        }
        if (!Objects.equals(r.regionCode(), ngo.regionCode)) {
            changed.add("regionCode");
        }
        if (!Objects.equals(r.registrationDate(), ngo.registrationDate)) {
            changed.add("registrationDate");
        }
        if (!Objects.equals(r.parentNgoId(), ngo.parentNgoId)) {
            changed.add("parentNgoId");
        }
        return changed;
    }

    /**
     * The NGO, row-locked so that concurrent changes of its parts (reports, memberships) run one
     * after the other, for the registry or the NGO's own representative (403 otherwise); a
     * liquidated NGO changes no more (422 {@code ngo-liquidated}).
     */
    public Ngo lockForChange(UUID id) {
        Ngo ngo = ngos.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("NGO", id));
        if (!caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN) && !caller.representsNgo(id)) {
            throw new ApiException(403, "forbidden", "an NGO representative may only change its own NGO");
        }
        if (ngo.status == NgoStatus.LIQUIDATED) {
            throw ApiException.unprocessable("ngo-liquidated", "the NGO is liquidated");
        }
        return ngo;
    }

    /** Read outside a transaction: one statement and no commit round trip. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ngo get(UUID id) {
        return ngos.findComplete(id).orElseThrow(() -> ApiException.notFound("NGO", id));
    }

    /** Lookup by the natural key government systems integrate with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ngo getByBin(String bin) {
        return ngos.findByBin(bin).orElseThrow(() -> ApiException.notFound("NGO with BIN", bin));
    }

    /** Search and filter the register; keyset pages in the query's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ngo> search(NgoQuery query, String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, NgoRepository.sortKeyParts(query.sort()));
        return Page.of(ngos.search(query, after, limit + 1), limit, n -> NgoRepository.sortKey(n, query));
    }

}
