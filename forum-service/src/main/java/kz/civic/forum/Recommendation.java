package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recommendation of the Civil Forum, from the forum, regional forum or dialogue platform where it
 * was made to its addressees and its status (issue 4 item 2). Author NGOs and addressed
 * government bodies are ids from the registry replicas.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    public UUID id;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "text_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    public Multilingual text;

    /**
     * The folded search keys of the kk, ru and en text, {@code /kk/ru/en/} (platform {@code search.SearchKey}; written
     * with the text, recomputed for older rows by the Java migration V15).
     */
    @Column(name = "search_key")
    public String searchKey = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;

    @Column(name = "source_id")
    public UUID sourceId;

    /** The edition the source belongs to (derived from the source). */
    @Column(name = "forum_id")
    public UUID forumId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ngo_ids")
    public List<UUID> authorNgoIds = new ArrayList<>();

    /** Part of the aggregate's value and of every answer, so it is always loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_addressee", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    public List<Addressee> addressees = new ArrayList<>();

    /** Sphere codes (registry reference data, domain-brief §1.5). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> spheres = new ArrayList<>();

    @Column(name = "region_code")
    public String regionCode;

    /** Sustainable Development Goals, 1 to 17. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals")
    public List<Integer> sdgGoals = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    /** Set exactly when MERGED: the recommendation that absorbed this one. */
    @Column(name = "merged_into_id")
    public UUID mergedIntoId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** Addressees are expected to answer by this date (submission + {@code forum.response-deadline}). */
    @Column(name = "response_due_date")
    public LocalDate responseDueDate;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
