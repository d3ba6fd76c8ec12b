package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The regional stage of a forum edition in one region (domain-brief §2.3): its own sequence number
 * (Almaty's was the XIII regional forum during the XI edition), venue, dates, the one priority
 * issue the region submits to the republican forum, and who took part.
 */
@Entity
@Table(name = "regional_forum")
public class RegionalForum {

    @Id
    public UUID id;

    @Column(name = "forum_id")
    public UUID forumId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "local_sequence_number")
    public int localSequenceNumber;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "venue_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "venue_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "venue_en"))
    public Multilingual venue;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "priority_issue_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "priority_issue_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "priority_issue_en"))
    public Multilingual priorityIssue;

    @Column(name = "participants_total")
    public int participantsTotal;

    @ElementCollection
    @CollectionTable(name = "regional_forum_participants", joinColumns = @JoinColumn(name = "regional_forum_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "category")
    @Column(name = "participants")
    public Map<ParticipantCategory, Integer> participantsByCategory = new HashMap<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
