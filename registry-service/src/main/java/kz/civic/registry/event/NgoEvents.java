package kz.civic.registry.event;

/** Topic and types of the NGO events (schemas in contracts/events). Record key = NGO id. */
public final class NgoEvents {

    public static final String TOPIC = "registry.ngos";
    public static final String REGISTERED = "kz.civic.registry.ngo.registered.v1";
    public static final String UPDATED = "kz.civic.registry.ngo.updated.v1";
    public static final String STATUS_CHANGED = "kz.civic.registry.ngo.status-changed.v1";
    public static final String REPORT_FILED = "kz.civic.registry.ngo.report-filed.v1";
    public static final String MEMBERSHIP_CHANGED = "kz.civic.registry.ngo.membership-changed.v1";

    private NgoEvents() {
    }
}
