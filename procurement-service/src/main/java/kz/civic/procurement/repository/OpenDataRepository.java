package kz.civic.procurement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.civic.procurement.Award;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.service.Pages;

/**
 * What open data is derived from: every recorded change of a contracting process (a call's status
 * changes, its awards, its contracts signed and ended, their tranches paid), in one order by date, and the awards of the instruments published as grants.
 */
@ApplicationScoped
public class OpenDataRepository {

    /** What a release is made from: its date, its release id and the row it reflects. */
    public enum Kind {
        CALL_STATUS, AWARD, CONTRACT_STEP, TRANCHE_PAID
    }

    /** A change that becomes one OCDS release. */
    public record Change(OffsetDateTime at, String releaseId, Kind kind, UUID rowId) {
    }

    /** Every change, one release each: release id = kind prefix + row id (stable). */
    private static final String CHANGES = "SELECT s.changed_at AS at, 'call-' || s.id AS release_id, 'CALL_STATUS' AS kind, "
            + "s.id AS row_id FROM funding_call_status_change s "
            + "UNION ALL SELECT a.decided_at, 'award-' || a.id, 'AWARD', a.id FROM award a "
            + "UNION ALL SELECT h.changed_at, 'contract-' || h.id, 'CONTRACT_STEP', h.id FROM contract_history h "
            + "WHERE h.action IN ('SIGNED', 'COMPLETED', 'TERMINATED') "
            + "UNION ALL SELECT t.paid_at, 'tranche-' || t.id, 'TRANCHE_PAID', t.id FROM contract_tranche t "
            + "WHERE t.status = 'PAID'";

    private final EntityManager em;

    public OpenDataRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code limit} changes dated at or after {@code since} (null: all), after the keyset {@code after}, by date then release id. */
    public List<Change> changes(OffsetDateTime since, Pages.TimeKey<String> after, int limit) {
        List<String> where = new ArrayList<>();
        if (since != null) {
            where.add("r.at >= :since");
        }
        if (after != null) {
            where.add("(r.at > :afterAt OR (r.at = :afterAt AND r.release_id COLLATE \"C\" > :afterId))");
        }
        Query q = em.createNativeQuery("SELECT r.at, r.release_id, r.kind, r.row_id FROM (" + CHANGES + ") r"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY r.at, r.release_id COLLATE \"C\" LIMIT :limit");
        if (since != null) {
            q.setParameter("since", since);
        }
        if (after != null) {
            q.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        q.setParameter("limit", limit);
        List<?> rows = q.getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Change(timestamp(r[0]), (String) r[1],
                Kind.valueOf((String) r[2]), (UUID) r[3])).toList();
    }

    /** {@code limit} awards of calls of the instruments, after the keyset {@code after}, in decision order. */
    public List<Award> grants(Set<Instrument> instruments, Pages.TimeKey<UUID> after, int limit) {
        String keyset = after == null ? "" : " and (a.decidedAt > :afterAt or (a.decidedAt = :afterAt and a.id > :afterId))";
        var q = em.createQuery("select a from Award a, Call c, FundingPlan p where c.id = a.callId and p.id = c.planId "
                + "and p.instrument in :instruments" + keyset + " order by a.decidedAt, a.id", Award.class)
                .setParameter("instruments", instruments).setMaxResults(limit);
        if (after != null) {
            q.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return q.getResultList();
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
