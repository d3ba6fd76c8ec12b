package kz.civic.registry.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatusChange;
import kz.civic.registry.report.ReportContent;

/**
 * The demo register as {@link DemoDataGenerator} produces it: NGOs (parents before their branches),
 * their status histories, NGO-Database reports with their revisions, and memberships.
 * {@code named} maps the keys of {@link NamedOrganisations} (and the Bureau's branches) to NGO ids.
 */
public record DemoData(List<Ngo> ngos, List<NgoStatusChange> statusChanges, List<Report> reports,
        List<Revision> revisions, List<Membership> memberships, Map<String, UUID> named) {

    /** A row of {@code ngo_report} (V7): {@code revision} is the current one, {@code onTime} fixed by the first filing. */
    public record Report(UUID id, UUID ngoId, int year, int revision, LocalDate deadline, OffsetDateTime filedAt,
            boolean onTime, OffsetDateTime amendedAt) {
    }

    /** A row of {@code ngo_report_revision}. */
    public record Revision(UUID reportId, int revision, OffsetDateTime filedAt, String actor, ReportContent content) {
    }

    /** A row of {@code ngo_membership}: {@code ngoId} is a member of {@code memberOfId}. */
    public record Membership(UUID id, UUID ngoId, UUID memberOfId, LocalDate since, LocalDate validUntil,
            OffsetDateTime createdAt, OffsetDateTime endedAt) {
    }
}
