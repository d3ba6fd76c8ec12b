package kz.civic.registry.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.registry.reference.GovernmentBody;
import kz.civic.registry.reference.GovernmentBodyKind;
import kz.civic.registry.reference.GovernmentBodyLevel;
import kz.civic.registry.reference.event.GovernmentBodyCreatedEvent;
import kz.civic.registry.reference.event.GovernmentBodyUpdatedEvent;
import kz.civic.registry.reference.repository.GovernmentBodyRepository;
import kz.civic.registry.reference.rest.GovernmentBodyRequest;
import org.hibernate.exception.ConstraintViolationException;
import kz.civic.platform.time.Timestamps;

/** Owns the government-body rules and transactions; every change writes its event to the outbox. */
@ApplicationScoped
@Transactional
public class GovernmentBodyService {

    private final GovernmentBodyRepository bodies;
    private final RegionService regions;
    private final OutboxWriter outbox;

    public GovernmentBodyService(GovernmentBodyRepository bodies, RegionService regions, OutboxWriter outbox) {
        this.bodies = bodies;
        this.regions = regions;
        this.outbox = outbox;
    }

    /** Records a body. A BIN already recorded gives 409 with the existing id; unknown references give 422. */
    public GovernmentBody create(GovernmentBodyRequest request) {
        rejectDuplicateBin(request.bin(), null);
        checkReferences(request, null);
        GovernmentBody body = new GovernmentBody();
        body.id = UUID.randomUUID();
        apply(body, request);
        body.createdAt = body.updatedAt;
        body.announcedAt = body.createdAt;
        bodies.persist(body);
        flush(request.bin());
        outbox.append(GovernmentBodyCreatedEvent.TOPIC, GovernmentBodyCreatedEvent.TYPE, body.id.toString(),
                GovernmentBodyCreatedEvent.of(body));
        return body;
    }

    /** Replaces the editable fields of the version named by {@code ifMatch} (428 without it, 412 if stale). */
    public GovernmentBody update(UUID id, String ifMatch, GovernmentBodyRequest request) {
        GovernmentBody body = get(id);
        Etags.requireMatch(ifMatch, body.version);
        rejectDuplicateBin(request.bin(), id);
        checkReferences(request, id);
        apply(body, request);
        flush(request.bin());
        outbox.append(GovernmentBodyUpdatedEvent.TOPIC, GovernmentBodyUpdatedEvent.TYPE, body.id.toString(),
                GovernmentBodyUpdatedEvent.of(body));
        return body;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernmentBody get(UUID id) {
        return bodies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("government body", id));
    }

    /** True if a government body with this id is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(UUID id) {
        return id != null && bodies.findByIdOptional(id).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GovernmentBody> list(GovernmentBodyLevel level, GovernmentBodyKind kind, String regionCode, String cursor,
            int limit) {
        List<String> after = Cursor.decode(cursor, 1);
        UUID afterId = after == null ? null : Cursor.part(after.get(0), UUID::fromString);
        return Page.of(bodies.page(level, kind, regionCode, afterId, limit + 1), limit, b -> List.of(b.id.toString()));
    }

    private void rejectDuplicateBin(String bin, UUID self) {
        bodies.findByBin(bin).filter(existing -> !existing.id.equals(self)).ifPresent(existing -> {
            throw duplicateBin(bin).with("existingId", existing.id);
        });
    }

    private void checkReferences(GovernmentBodyRequest request, UUID self) {
        if (request.regionCode() != null && !regions.isValid(request.regionCode(), RegionService.today())) {
            throw ApiException.unprocessable("unknown-region", "regionCode", request.regionCode() + " is not a current region");
        }
        if (request.parentId() == null) {
            return;
        }
        GovernmentBody parent = bodies.findByIdOptional(request.parentId()).orElseThrow(() -> ApiException
                .unprocessable("unknown-parent", "parentId", "government body " + request.parentId() + " does not exist"));
        if (!request.kind().allowsParent(parent.kind)) {
            throw ApiException.unprocessable("invalid-parent", "parentId", "a " + request.kind() + " cannot belong to a " + parent.kind);
        }
        for (GovernmentBody ancestor = parent; ancestor != null;
                ancestor = ancestor.parentId == null ? null : bodies.findById(ancestor.parentId)) {
            if (ancestor.id.equals(self)) {
                throw ApiException.unprocessable("invalid-parent", "parentId", "a government body cannot belong to itself or its own unit");
            }
        }
    }

    private static void apply(GovernmentBody body, GovernmentBodyRequest request) {
        body.bin = request.bin();
        body.nameKk = request.names().kk();
        body.nameRu = request.names().ru();
        body.nameEn = request.names().en();
        body.shortName = request.shortName();
        body.level = request.level();
        body.kind = request.kind();
        body.parentId = request.parentId();
        body.regionCode = request.regionCode();
        body.updatedAt = Timestamps.now();
    }

    /** Writes the change now, so the event carries the new version and a concurrent duplicate BIN is a 409. */
    private void flush(String bin) {
        try {
            bodies.flush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains("bin")) {
                throw duplicateBin(bin);
            }
            throw e;
        }
    }

    private static ApiException duplicateBin(String bin) {
        return ApiException.conflict("duplicate-bin", "a government body with BIN " + bin + " is already recorded");
    }

}
