package kz.civic.registry.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationApplicationRepository implements PanacheRepositoryBase<RegistrationApplication, UUID> {

    public Optional<RegistrationApplication> pendingWithBin(String bin) {
        return find("bin = ?1 and status = ?2", bin, ApplicationStatus.SUBMITTED).firstResultOptional();
    }

    /**
     * One keyset page ordered by due date then id. {@code applicant} restricts to one applicant's
     * applications, {@code overdueOn} to pending ones whose due date is before that day.
     */
    public List<RegistrationApplication> page(ApplicationStatus status, LocalDate overdueOn, String applicant,
            LocalDate afterDue, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (overdueOn != null) {
            where.add("status = :pending and dueDate < :today");
            params.and("pending", ApplicationStatus.SUBMITTED).and("today", overdueOn);
        }
        if (applicant != null) {
            where.add("applicant = :applicant");
            params.and("applicant", applicant);
        }
        if (afterId != null) {
            where.add("(dueDate > :afterDue or (dueDate = :afterDue and id > :afterId))");
            params.and("afterDue", afterDue).and("afterId", afterId);
        }
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + " order by dueDate, id", params)
                .range(0, limit - 1).list();
    }
}
