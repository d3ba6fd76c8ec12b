package kz.civic.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.event.NgoEvents;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.service.NgoService;
import kz.civic.platform.time.Timestamps;

/**
 * Annual NGO-Database reports: filing, amendments (kept as revisions), and the compliance the
 * NGO carries ({@code lastReportYear}, {@code lastReportOnTime}). Every filing and amendment
 * publishes {@code ngo.report-filed.v1} with the NGO's new version.
 */
@ApplicationScoped
@Transactional
public class NgoReportService {

    private final NgoReportRepository reports;
    private final NgoRepository ngos;
    private final OutboxWriter outbox;
    private final Caller caller;
    private final NgoService ngoService;

    public NgoReportService(NgoReportRepository reports, NgoRepository ngos, OutboxWriter outbox, Caller caller,
            NgoService ngoService) {
        this.reports = reports;
        this.ngos = ngos;
        this.outbox = outbox;
        this.caller = caller;
        this.ngoService = ngoService;
    }

    /**
     * Files the report for {@code year}. The registry may record the date a paper report was
     * received ({@code receivedOn}); an NGO files as of today.
     *
     * @throws ApiException 403 for another NGO's representative, 409 {@code report-exists} (amend
     *                      it instead), 422 {@code invalid-report-year} / {@code ngo-liquidated}
     */
    public NgoReport file(UUID ngoId, int year, LocalDate receivedOn, ReportContent content) {
        Ngo ngo = ngoService.lockForChange(ngoId);
        LocalDate today = RegionService.today();
        if (receivedOn != null && !caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)) {
            throw new ApiException(403, "forbidden", "only the registry records the date a paper report was received");
        }
        LocalDate filedOn = receivedOn == null ? today : receivedOn;
        if (filedOn.isAfter(today)) {
            throw ApiException.unprocessable("invalid-received-date", "receivedOn", "receivedOn may not be in the future");
        }
        if (year < ngo.registrationDate.getYear() || year >= filedOn.getYear()) {
            throw ApiException.unprocessable("invalid-report-year", "year", "a report for " + year + " can be filed from "
                    + (year + 1) + "-01-01 by an NGO registered by the end of " + year);
        }
        reports.find(ngoId, year).ifPresent(existing -> {
            throw ApiException.conflict("report-exists", "the report for " + year + " was already filed; amend it with PUT")
                    .with("revision", existing.revision);
        });
        NgoReport report = new NgoReport();
        report.id = UUID.randomUUID();
        report.ngoId = ngoId;
        report.year = year;
        report.revision = 1;
        report.deadline = NgoReport.deadlineOf(year);
        report.filedAt = receivedOn == null ? Timestamps.now()
                : receivedOn.atStartOfDay(RegionService.ALMATY).toOffsetDateTime();
        report.onTime = !filedOn.isAfter(report.deadline);
        reports.persist(report);
        if (ngo.lastReportYear == null || year >= ngo.lastReportYear) {
            ngo.lastReportYear = year;
            ngo.lastReportOnTime = report.onTime;
        }
        return saveRevision(ngo, report, content);
    }

    /** Amends a filed report: a new revision with If-Match on the current one (428/412). */
    public NgoReport amend(UUID ngoId, int year, String ifMatch, ReportContent content) {
        Ngo ngo = ngoService.lockForChange(ngoId);
        NgoReport report = get(ngoId, year);
        Etags.requireMatch(ifMatch, report.revision);
        report.revision++;
        report.amendedAt = Timestamps.now();
        return saveRevision(ngo, report, content);
    }

    private NgoReport saveRevision(Ngo ngo, NgoReport report, ReportContent content) {
        NgoReportRevision revision = new NgoReportRevision();
        revision.key = new NgoReportRevision.Key(report.id, report.revision);
        revision.filedAt = Timestamps.now();
        revision.actor = caller.id();
        revision.content = content;
        reports.persist(revision);
        ngo.updatedAt = revision.filedAt;
        ngos.flush();
        outbox.append(NgoEvents.TOPIC, NgoEvents.REPORT_FILED, ngo.id.toString(), ReportFiledEvent.of(ngo, report));
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NgoReport get(UUID ngoId, int year) {
        return reports.find(ngoId, year).orElseThrow(() -> ApiException.notFound("report for " + year + " of NGO", ngoId));
    }

    /** A page of an existing NGO's reports, newest year first (keyset on the year, one report per year). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NgoReport> list(UUID ngoId, String cursor, int limit) {
        if (ngos.findByIdOptional(ngoId).isEmpty()) {
            throw ApiException.notFound("NGO", ngoId);
        }
        List<String> after = Cursor.decode(cursor, 1);
        Integer beforeYear = after == null ? null : Cursor.part(after.get(0), Integer::valueOf);
        return Page.of(reports.page(ngoId, beforeYear, limit + 1), limit, r -> List.of(Integer.toString(r.year)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportContent content(NgoReport report) {
        return reports.revision(report.id, report.revision).content;
    }

    /** A page of a report's revisions, oldest first (keyset on the revision number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NgoReportRevision> revisions(UUID ngoId, int year, String cursor, int limit) {
        UUID reportId = get(ngoId, year).id;
        List<String> after = Cursor.decode(cursor, 1);
        Integer afterRevision = after == null ? null : Cursor.part(after.get(0), Integer::valueOf);
        return Page.of(reports.revisions(reportId, afterRevision, limit + 1), limit,
                r -> List.of(Integer.toString(r.key.revision())));
    }
}
