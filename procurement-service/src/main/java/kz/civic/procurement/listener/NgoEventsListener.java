package kz.civic.procurement.listener;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;
import kz.civic.procurement.NgoPerson;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.NgoReport;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.service.NgoChangeObserver;

/**
 * Keeps the local NGO replica from the registry's NGO events (contracts/events): registered and
 * updated carry the full profile (legal form, region, spheres, leader and founders as IIN hashes)
 * and replace it; status-changed moves the status; report-filed records the reporting year. Runs
 * inside the inbox transaction, so a redelivered event is never applied twice; a snapshot or status
 * change whose version is not newer than the replica's is ignored, so a late event never rolls state
 * back. Filed reports only accumulate, so a late report-filed still records its year. After a change
 * the NGO's open applications are checked again ({@link NgoChangeObserver}).
 */
@ApplicationScoped
public class NgoEventsListener implements EventHandler {

    static final String REGISTERED = "kz.civic.registry.ngo.registered.v1";
    static final String UPDATED = "kz.civic.registry.ngo.updated.v1";
    static final String STATUS_CHANGED = "kz.civic.registry.ngo.status-changed.v1";
    static final String REPORT_FILED = "kz.civic.registry.ngo.report-filed.v1";
    private static final Set<String> ROLES = Set.of("LEADER", "FOUNDER");

    private final NgoReplicaRepository replicas;
    private final NgoChangeObserver observer;

    public NgoEventsListener(NgoReplicaRepository replicas, NgoChangeObserver observer) {
        this.replicas = replicas;
        this.observer = observer;
    }

    @Override
    public String topic() {
        return "registry.ngos";
    }

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, UPDATED, STATUS_CHANGED, REPORT_FILED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        boolean changed = switch (event.type()) {
            case STATUS_CHANGED -> statusChanged(event.id(), data);
            case REPORT_FILED -> reportFiled(event.id(), data);
            default -> snapshot(event.id(), data);
        };
        if (changed) {
            observer.ngoChanged(data.requiredUuid("ngoId"));
        }
    }

    private boolean statusChanged(String eventId, EventData data) {
        NgoReplica replica = known(data.requiredUuid("ngoId"), "status change");
        long version = data.requiredVersion();
        if (!replica.isOlderThan(version)) {
            return false;
        }
        replica.status = data.requiredText("to");
        replica.applied(version, eventId);
        return true;
    }

    /**
     * Records the filing. A year not on record yet is added even from a late event (filings accumulate); a year on
     * record is replaced only by a newer event (an amendment), so a late or re-sent filing neither rolls an
     * amendment back nor counts as a change. Only a change re-checks the NGO's applications.
     */
    private boolean reportFiled(String eventId, EventData data) {
        NgoReplica replica = known(data.requiredUuid("ngoId"), "report");
        long version = data.requiredVersion();
        int year = data.requiredInt("year");
        NgoReport report = new NgoReport(year, data.requiredUuid("reportId"), data.requiredTime("filedAt"),
                data.requiredBoolean("onTime"));
        boolean newer = replica.isOlderThan(version);
        boolean changed = false;
        if ((newer || !replica.hasReportFor(year)) && !replica.reports.contains(report)) {
            replica.reportFiled(report);
            changed = true;
        }
        if (!replica.inNgoDatabase && data.requiredBoolean("inNgoDatabase")) {
            replica.inNgoDatabase = true;
            changed = true;
        }
        Integer last = data.optionalInt("lastReportYear");
        if (last != null && (replica.lastReportYear == null || last > replica.lastReportYear)) {
            replica.lastReportYear = last;
            changed = true;
        }
        if (newer) {
            replica.applied(version, eventId);
        }
        return changed;
    }

    private boolean snapshot(String eventId, EventData data) {
        UUID id = data.requiredUuid("ngoId");
        long version = data.requiredVersion();
        NgoReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (replica != null && !replica.isOlderThan(version)) {
            return false;
        }
        // a new replica has no applications to re-check (submission needs the replica): report no change, which
        // spares the open-applications query for every newly registered NGO (event-latency benchmark)
        boolean known = replica != null;
        if (replica == null) {
            replica = new NgoReplica();
            replica.ngoId = id;
        }
        replica.bin = data.optionalText("bin");
        String[] names = data.names();
        replica.nameKk = names[0];
        replica.nameRu = names[1];
        replica.nameEn = names[2];
        replica.legalForm = data.requiredText("legalForm");
        replica.eligibleForStateNgoFunding = data.requiredBoolean("eligibleForStateNgoFunding");
        replica.regionCode = data.requiredText("regionCode");
        replica.registrationDate = data.requiredDate("registrationDate");
        replica.status = data.requiredText("status");
        replica.parentNgoId = data.optionalUuid("parentNgoId");
        replica.spheres.clear();
        replica.spheres.addAll(data.texts("spheres"));
        replica.persons.clear();
        JsonNode persons = data.raw().get("persons");
        if (persons != null && persons.isArray()) {
            for (JsonNode p : persons) {
                String role = EventData.text(p, "role");
                String hash = EventData.text(p, "iinHash");
                if (!ROLES.contains(role) || hash == null) {
                    throw new PoisonEventException("data.persons[] needs role LEADER or FOUNDER and an iinHash");
                }
                replica.persons.add(new NgoPerson(role, hash));
            }
        }
        replica.applied(version, eventId);
        replicas.persist(replica);
        return known;
    }

    private NgoReplica known(UUID id, String what) {
        return replicas.findByIdOptional(id).orElseThrow(() ->
                new PoisonEventException(what + " for NGO " + id + ", which this replica never saw registered"));
    }
}
