package kz.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.event.NgoRegisteredEvent;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.rest.RegisterNgoRequest;

/** Owns the register's rules and transactions; every change writes its event to the outbox. */
@ApplicationScoped
@Transactional
public class NgoService {

    private final NgoRepository ngos;
    private final OutboxWriter outbox;
    private final NgoLifecycleService lifecycle;

    public NgoService(NgoRepository ngos, OutboxWriter outbox, NgoLifecycleService lifecycle) {
        this.ngos = ngos;
        this.outbox = outbox;
        this.lifecycle = lifecycle;
    }

    /**
     * Enters an NGO into the register. A BIN already registered gives 409 with the existing id; a
     * record without a BIN must be flagged legacy (422).
     */
    public Ngo register(RegisterNgoRequest request) {
        boolean legacy = Boolean.TRUE.equals(request.legacy());
        if (request.bin() == null && !legacy) {
            throw ApiException.unprocessable("bin-required", "a BIN is required unless the record is flagged legacy");
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
        ngo.nameKk = request.names().kk();
        ngo.nameRu = request.names().ru();
        ngo.nameEn = request.names().en();
        ngo.shortName = request.shortName();
        ngo.legalForm = request.legalForm();
        ngo.regionCode = request.regionCode();
        ngo.registrationDate = request.registrationDate();
        ngo.status = NgoStatus.REGISTERED;
        ngo.createdAt = OffsetDateTime.now();
        ngos.persist(ngo);
        lifecycle.recordRegistration(ngo);
        outbox.append(NgoRegisteredEvent.TOPIC, NgoRegisteredEvent.TYPE, ngo.id.toString(), NgoRegisteredEvent.of(ngo));
        return ngo;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ngo get(UUID id) {
        return ngos.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("NGO", id));
    }

    /** Lookup by the natural key government systems integrate with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ngo getByBin(String bin) {
        return ngos.findByBin(bin).orElseThrow(() -> ApiException.notFound("NGO with BIN", bin));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ngo> list(String regionCode, NgoStatus status, String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, 1);
        UUID afterId = after == null ? null : parseCursorId(after.get(0));
        return Page.of(ngos.page(regionCode, status, afterId, limit + 1), limit, n -> List.of(n.id.toString()));
    }

    private static UUID parseCursorId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-cursor", "the cursor was not issued by this list; start again without it");
        }
    }
}
