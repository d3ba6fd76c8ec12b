package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.repository.RecommendationStatisticsRepository;
import kz.civic.forum.repository.RecommendationStatisticsRepository.Dimension;
import kz.civic.forum.repository.RecommendationStatisticsRepository.Group;

/** Statistics of recommendations for analysts (issue 4 item 8). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecommendationStatisticsService {

    private final RecommendationStatisticsRepository statistics;

    public RecommendationStatisticsService(RecommendationStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    public List<Group> countBy(Dimension by, UUID forumId, String regionCode) {
        return statistics.groups(by, forumId, regionCode);
    }

    /** The counts over every recommendation of the filter, each counted once. */
    public Group totals(UUID forumId, String regionCode) {
        return statistics.totals(forumId, regionCode);
    }
}
