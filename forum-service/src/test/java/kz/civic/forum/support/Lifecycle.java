package kz.civic.forum.support;

import static kz.civic.forum.RecommendationStatus.ACCEPTED;
import static kz.civic.forum.RecommendationStatus.DECLINED;
import static kz.civic.forum.RecommendationStatus.DRAFT;
import static kz.civic.forum.RecommendationStatus.IMPLEMENTED;
import static kz.civic.forum.RecommendationStatus.IN_PROGRESS;
import static kz.civic.forum.RecommendationStatus.MERGED;
import static kz.civic.forum.RecommendationStatus.NOT_IMPLEMENTED;
import static kz.civic.forum.RecommendationStatus.PARTIALLY_IMPLEMENTED;
import static kz.civic.forum.RecommendationStatus.SUBMITTED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.civic.forum.RecommendationStatus;

/** The recommendation lifecycle of issue 4, written out independently of the production enum. */
public final class Lifecycle {

    public static final Map<RecommendationStatus, Set<RecommendationStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(ACCEPTED, DECLINED, MERGED),
            ACCEPTED, Set.of(IN_PROGRESS),
            IN_PROGRESS, Set.of(IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED),
            DECLINED, Set.of(),
            MERGED, Set.of(),
            IMPLEMENTED, Set.of(),
            PARTIALLY_IMPLEMENTED, Set.of(),
            NOT_IMPLEMENTED, Set.of());

    /** A path from DRAFT to each status, through allowed transitions only. */
    public static final Map<RecommendationStatus, List<RecommendationStatus>> PATH_TO = Map.of(
            DRAFT, List.of(),
            SUBMITTED, List.of(SUBMITTED),
            ACCEPTED, List.of(SUBMITTED, ACCEPTED),
            DECLINED, List.of(SUBMITTED, DECLINED),
            MERGED, List.of(SUBMITTED, MERGED),
            IN_PROGRESS, List.of(SUBMITTED, ACCEPTED, IN_PROGRESS),
            IMPLEMENTED, List.of(SUBMITTED, ACCEPTED, IN_PROGRESS, IMPLEMENTED),
            PARTIALLY_IMPLEMENTED, List.of(SUBMITTED, ACCEPTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED),
            NOT_IMPLEMENTED, List.of(SUBMITTED, ACCEPTED, IN_PROGRESS, NOT_IMPLEMENTED));

    private Lifecycle() {
    }
}
