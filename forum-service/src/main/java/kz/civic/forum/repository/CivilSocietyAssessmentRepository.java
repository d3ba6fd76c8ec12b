package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.CivilSocietyAssessment;

@ApplicationScoped
public class CivilSocietyAssessmentRepository implements PanacheRepositoryBase<CivilSocietyAssessment, UUID> {

    /** A recommendation's assessments, oldest first. */
    public List<CivilSocietyAssessment> page(UUID recommendationId, OldestFirst.After after, int limit) {
        return OldestFirst.page(this, "recommendationId", recommendationId, "assessedAt", after, limit);
    }

    /** The latest assessment of each assessor (the Alliance, each author NGO), in the order they first assessed. */
    public List<CivilSocietyAssessment> latestPerAssessor(UUID recommendationId) {
        Map<String, CivilSocietyAssessment> latest = new LinkedHashMap<>();
        for (CivilSocietyAssessment a : list("recommendationId = ?1 order by assessedAt, id", recommendationId)) {
            latest.put(a.assessor + "/" + a.ngoId, a);
        }
        return List.copyOf(latest.values());
    }
}
