package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.time.Timestamps;

/**
 * What every local record of registry data holds: the registry's id and names, and the registry
 * aggregate version it reflects, so that an event that is not newer never overwrites newer state.
 */
@MappedSuperclass
public abstract class RegistryReplica {

    @Id
    public UUID id;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

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

    /** Records that the event {@code eventId} of registry version {@code version} was applied. */
    public void applied(long version, String eventId) {
        sourceVersion = version;
        lastEventId = eventId;
        updatedAt = Timestamps.now();
    }
}
