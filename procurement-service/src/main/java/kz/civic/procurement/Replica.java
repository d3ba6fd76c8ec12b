package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import kz.civic.platform.time.Timestamps;

/**
 * What every local record of another service's aggregate holds: the source aggregate version it
 * reflects, so that an event that is not newer never overwrites newer state, and the last applied
 * event.
 */
@MappedSuperclass
public abstract class Replica {

    /** The source's aggregate version this record reflects. */
    @Column(name = "source_version")
    public long sourceVersion;

    @Column(name = "last_event_id")
    public String lastEventId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** True when an event carrying {@code version} is newer than this record and must be applied. */
    public boolean isOlderThan(long version) {
        return sourceVersion < version;
    }

    /** Records that event {@code eventId} of source version {@code version} was applied. */
    public void applied(long version, String eventId) {
        sourceVersion = version;
        lastEventId = eventId;
        updatedAt = Timestamps.now();
    }
}
