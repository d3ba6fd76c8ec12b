package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;
import kz.civic.procurement.Application;
import kz.civic.procurement.Call;
import kz.civic.procurement.Criterion;
import kz.civic.procurement.Score;
import kz.civic.procurement.evaluation.Scoring;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.RecusalRepository;
import kz.civic.procurement.repository.ScoreRepository;

/**
 * The ranking of a call's applications from the commission's scores ({@link Scoring}); the scores of a member
 * recused from any of the call's applications do not count (a recusal covers the whole call).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final ScoreRepository scores;
    private final RecusalRepository recusals;

    public RankingService(CallRepository calls, ApplicationRepository applications, ScoreRepository scores,
            RecusalRepository recusals) {
        this.calls = calls;
        this.applications = applications;
        this.scores = scores;
        this.recusals = recusals;
    }

    /** A ranked application with what the officer needs beside the score. */
    public record Row(Scoring.Ranked ranked, Application application) {
    }

    /** A page of the ranking, best first; the cursor names the last application of the previous page. */
    public Page<Row> page(UUID callId, String cursor, int limit) {
        return Pages.slice(ranking(callId), cursor, limit, r -> r.ranked().applicationId().toString());
    }

    public List<Row> ranking(UUID callId) {
        Call call = calls.findByIdOptional(callId).orElseThrow(() -> ApiException.notFound("call", callId));
        Map<String, Integer> weights = new HashMap<>();
        for (Criterion c : call.criteria) {
            weights.put(c.code(), c.weight());
        }
        Map<UUID, Map<String, Map<String, Integer>>> byApplication = new HashMap<>();
        // a member recused from any application of the call is recused from all of it: their scores do not count
        Set<String> recused = recusals.membersRecusedIn(callId);
        for (Score s : scores.ofCall(callId)) {
            if (recused.contains(s.memberId)) {
                continue;
            }
            byApplication.computeIfAbsent(s.applicationId, k -> new HashMap<>())
                    .computeIfAbsent(s.memberId, k -> new HashMap<>()).put(s.criterion, s.value);
        }
        List<Application> apps = applications.list("callId = ?1 order by submittedAt, id", callId);
        Map<UUID, Application> byId = new HashMap<>();
        List<Scoring.Entry> entries = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            Application a = apps.get(i);
            byId.put(a.id, a);
            Map<String, BigDecimal> totals = new TreeMap<>();
            byApplication.getOrDefault(a.id, Map.of()).forEach((member, given) ->
                    totals.put(member, Scoring.memberTotal(given, weights)));
            entries.add(new Scoring.Entry(a.id, i, totals));
        }
        return Scoring.rank(entries).stream().map(r -> new Row(r, byId.get(r.applicationId()))).toList();
    }
}
