package kz.civic.registry.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NgoReportRepository implements PanacheRepositoryBase<NgoReport, UUID> {

    public Optional<NgoReport> find(UUID ngoId, int year) {
        return find("ngoId = ?1 and year = ?2", ngoId, year).firstResultOptional();
    }

    /** A keyset page of an NGO's reports, newest year first: at most {@code limit} before {@code beforeYear} (null: the first page). */
    public List<NgoReport> page(UUID ngoId, Integer beforeYear, int limit) {
        return (beforeYear == null ? find("ngoId = ?1 order by year desc", ngoId)
                : find("ngoId = ?1 and year < ?2 order by year desc", ngoId, beforeYear)).range(0, limit - 1).list();
    }

    /** A keyset page of a report's revisions, oldest first: at most {@code limit} after {@code afterRevision} (null: the first page). */
    public List<NgoReportRevision> revisions(UUID reportId, Integer afterRevision, int limit) {
        return getEntityManager().createQuery("from NgoReportRevision r where r.key.reportId = ?1 and r.key.revision > ?2 "
                + "order by r.key.revision", NgoReportRevision.class).setParameter(1, reportId)
                .setParameter(2, afterRevision == null ? 0 : afterRevision).setMaxResults(limit).getResultList();
    }

    public NgoReportRevision revision(UUID reportId, int revision) {
        return getEntityManager().find(NgoReportRevision.class, new NgoReportRevision.Key(reportId, revision));
    }

    public void persist(NgoReportRevision revision) {
        getEntityManager().persist(revision);
    }

    /**
     * Reporting compliance for a year by region: NGOs obliged to report (registered by the end of
     * the year, not liquidated), those that filed, and those that filed on time. Rows are
     * [regionCode, obliged, filed, onTime] ordered by region.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> complianceByRegion(int year, String region) {
        return getEntityManager().createNativeQuery("""
                SELECT n.region_code, count(*), count(r.id), count(r.id) FILTER (WHERE r.on_time)
                FROM ngo n LEFT JOIN ngo_report r ON r.ngo_id = n.id AND r.year = ?1
                WHERE n.registration_date <= make_date(?1, 12, 31) AND n.status <> 'LIQUIDATED'
                  AND (CAST(?2 AS TEXT) IS NULL OR n.region_code = ?2)
                GROUP BY n.region_code ORDER BY n.region_code
                """).setParameter(1, year).setParameter(2, region).getResultList();
    }
}
