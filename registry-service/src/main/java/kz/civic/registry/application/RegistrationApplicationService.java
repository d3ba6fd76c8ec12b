package kz.civic.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.platform.time.WorkingCalendar;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.rest.NgoRequest;
import kz.civic.registry.service.NgoProfileWriter;
import kz.civic.registry.service.NgoService;
import kz.civic.platform.time.Timestamps;

/**
 * Registration applications: submission (checked like a registration, so a registrar never
 * reviews an application that could not be approved as sent), the 10-working-day review
 * deadline, approval — which registers the NGO and publishes {@code ngo.registered.v1} in the same
 * transaction — and rejection with a reason.
 */
@ApplicationScoped
@Transactional
public class RegistrationApplicationService {

    /** Review period in working days. */
    public static final int REVIEW_WORKING_DAYS = 10;

    private final RegistrationApplicationRepository applications;
    private final NgoRepository ngos;
    private final NgoService ngoService;
    private final NgoProfileWriter profiles;
    private final WorkingCalendar calendar;
    private final Caller caller;

    public RegistrationApplicationService(RegistrationApplicationRepository applications, NgoRepository ngos,
            NgoService ngoService, NgoProfileWriter profiles, WorkingCalendar calendar, Caller caller) {
        this.applications = applications;
        this.ngos = ngos;
        this.ngoService = ngoService;
        this.profiles = profiles;
        this.calendar = calendar;
        this.caller = caller;
    }

    /**
     * Records an application. 409 {@code duplicate-bin} (with {@code existingId}) when the BIN is
     * registered, 409 {@code duplicate-application} (with {@code existingApplicationId}) when another
     * application for it is pending; 422 for a legacy record, a missing BIN or bad references.
     */
    public RegistrationApplication submit(NgoRequest request) {
        if (Boolean.TRUE.equals(request.legacy()) || request.bin() == null) {
            throw ApiException.unprocessable("bin-required", "bin", "an application needs the BIN of the new organisation; "
                    + "legacy records are entered by the registry directly");
        }
        ngos.findByBin(request.bin()).ifPresent(existing -> {
            throw ApiException.conflict("duplicate-bin", "an NGO with BIN " + request.bin() + " is already registered")
                    .with("existingId", existing.id);
        });
        applications.pendingWithBin(request.bin()).ifPresent(pending -> {
            throw ApiException.conflict("duplicate-application", "an application for BIN " + request.bin()
                    + " is already under review").with("existingApplicationId", pending.id);
        });
        Ngo candidate = new Ngo();
        candidate.bin = request.bin();
        // checked against today, the earliest day an approval can register it
        profiles.checkReferences(request.withRegistrationDate(RegionService.today()), candidate);
        RegistrationApplication a = new RegistrationApplication();
        a.id = UUID.randomUUID();
        a.status = ApplicationStatus.SUBMITTED;
        a.bin = request.bin();
        a.request = request.withRegistrationDate(null);
        a.applicant = caller.id();
        a.submittedAt = Timestamps.now();
        a.dueDate = calendar.addWorkingDays(a.submittedAt.atZoneSameInstant(RegionService.ALMATY).toLocalDate(), REVIEW_WORKING_DAYS);
        applications.persist(a);
        return a;
    }

    /** Approves a pending application (If-Match): the NGO is registered today. */
    public RegistrationApplication approve(UUID id, String ifMatch) {
        RegistrationApplication a = pending(id, ifMatch);
        Ngo ngo = ngoService.register(a.request.withRegistrationDate(RegionService.today()));
        a.ngoId = ngo.id;
        return decide(a, ApplicationStatus.APPROVED, null);
    }

    /** Rejects a pending application (If-Match) with a reason the applicant sees. */
    public RegistrationApplication reject(UUID id, String ifMatch, String reason) {
        return decide(pending(id, ifMatch), ApplicationStatus.REJECTED, reason);
    }

    /** The application, locked so that concurrent decisions run one after the other, if it is still pending. */
    private RegistrationApplication pending(UUID id, String ifMatch) {
        RegistrationApplication a = applications.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("registration application", id));
        Etags.requireMatch(ifMatch, a.version);
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw ApiException.conflict("already-decided", "the application was already " + a.status)
                    .with("currentStatus", a.status.name());
        }
        return a;
    }

    private RegistrationApplication decide(RegistrationApplication a, ApplicationStatus status, String reason) {
        a.status = status;
        a.rejectionReason = reason;
        a.decidedAt = Timestamps.now();
        a.decidedBy = caller.id();
        applications.flush();
        return a;
    }

    /** One application, for the registry or its applicant (403 for anyone else). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationApplication get(UUID id) {
        RegistrationApplication a = find(id);
        if (!isRegistry() && !a.applicant.equals(caller.id())) {
            throw new ApiException(403, "forbidden", "only the registry and the applicant see an application");
        }
        return a;
    }

    /** The registry sees every application, an applicant only their own; ordered by due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegistrationApplication> list(ApplicationStatus status, boolean overdue, String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, 2);
        LocalDate afterDue = after == null ? null : Cursor.part(after.get(0), LocalDate::parse);
        UUID afterId = after == null ? null : Cursor.part(after.get(1), UUID::fromString);
        return Page.of(applications.page(status, overdue ? RegionService.today() : null, isRegistry() ? null : caller.id(),
                afterDue, afterId, limit + 1), limit, a -> List.of(a.dueDate.toString(), a.id.toString()));
    }

    private RegistrationApplication find(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("registration application", id));
    }

    private boolean isRegistry() {
        return caller.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN);
    }
}
