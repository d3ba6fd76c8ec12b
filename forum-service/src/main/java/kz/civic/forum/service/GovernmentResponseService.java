package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.event.RecommendationResponseRecordedEvent;
import kz.civic.forum.event.RecommendationSubmittedEvent;
import kz.civic.forum.repository.GovernmentResponseRepository;
import kz.civic.forum.repository.OldestFirst;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.RecordResponseRequest;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.RequestIds;

/**
 * Government responses (issue 4 item 3): an addressed body answers with a position and a text. The answer is
 * measured against the recommendation's {@code responseDueDate}; the recommendation's version moves with it
 * (its answers are part of it) and the response-recorded event is written to the outbox.
 */
@ApplicationScoped
@Transactional
public class GovernmentResponseService {

    private final RecommendationRepository recommendations;
    private final GovernmentResponseRepository responses;
    private final OutboxWriter outbox;
    private final Callers callers;

    public GovernmentResponseService(RecommendationRepository recommendations, GovernmentResponseRepository responses,
            OutboxWriter outbox, Callers callers) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.outbox = outbox;
        this.callers = callers;
    }

    /**
     * Records an answer. The recommendation's row is locked, so concurrent answers queue and exactly one is the
     * body's first.
     *
     * @throws ApiException 404; 403 {@code not-an-addressee} when an agency answers a recommendation not
     *                      addressed to its body or names another body, {@code agency-not-bound} for an agency token
     *                      without a body; 422 {@code government-body-required} / {@code not-an-addressee} for the
     *                      secretariat; 409 {@code not-submitted} for a DRAFT, {@code recommendation-merged} for a
     *                      MERGED one (answer the one it was merged into)
     */
    public GovernmentResponse record(UUID recommendationId, RecordResponseRequest request) {
        Recommendation r = recommendations.findForUpdate(recommendationId)
                .orElseThrow(() -> ApiException.notFound("recommendation", recommendationId));
        UUID body = respondent(r, request.governmentBodyId());
        if (r.status == RecommendationStatus.DRAFT) {
            throw ApiException.conflict("not-submitted", "a DRAFT cannot be answered; it has not been submitted");
        }
        if (r.status == RecommendationStatus.MERGED) {
            throw ApiException.conflict("recommendation-merged", "this recommendation was merged into " + r.mergedIntoId
                    + "; answer that one").with("mergedIntoId", r.mergedIntoId);
        }
        OffsetDateTime now = Timestamps.now();
        GovernmentResponse response = new GovernmentResponse();
        response.id = UUID.randomUUID();
        response.recommendationId = r.id;
        response.governmentBodyId = body;
        response.position = request.position();
        response.text = Multilingual.of(request.text());
        response.respondedAt = now;
        response.responseDueDate = r.responseDueDate;
        response.onTime = !now.atZoneSameInstant(Timestamps.ALMATY).toLocalDate().isAfter(r.responseDueDate);
        response.firstFromBody = !responses.hasAnswered(r.id, body);
        response.actor = callers.id();
        response.requestId = RequestIds.current();
        r.updatedAt = now;
        recommendations.flush();
        response.recommendationVersion = r.version;
        responses.persist(response);
        outbox.append(RecommendationSubmittedEvent.TOPIC, RecommendationResponseRecordedEvent.TYPE, r.id.toString(),
                RecommendationResponseRecordedEvent.of(response));
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernmentResponse get(UUID recommendationId, UUID responseId) {
        return responses.findByIdOptional(responseId).filter(g -> g.recommendationId.equals(recommendationId))
                .orElseThrow(() -> ApiException.notFound("response", responseId));
    }

    /** A recommendation's answers, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GovernmentResponse> page(UUID recommendationId, String cursor, int limit) {
        if (recommendations.findByIdOptional(recommendationId).isEmpty()) {
            throw ApiException.notFound("recommendation", recommendationId);
        }
        return Page.of(responses.page(recommendationId, OldestFirst.After.decode(cursor), limit + 1), limit,
                g -> OldestFirst.After.key(g.respondedAt, g.id));
    }

    /** The body the answer is for, after the object-level check. */
    private UUID respondent(Recommendation r, UUID requested) {
        boolean staff = callers.isStaff();
        UUID body;
        if (staff) {
            if (requested == null) {
                throw Violations.of("government-body-required", "governmentBodyId",
                        "the secretariat records an answer on behalf of the government body named in governmentBodyId");
            }
            body = requested;
        } else {
            body = callers.agencyId();
            if (requested != null && !requested.equals(body)) {
                throw Callers.forbidden("not-an-addressee", "an agency answers only for its own government body");
            }
        }
        if (r.addressees.stream().noneMatch(a -> body.equals(a.governmentBodyId()))) {
            String detail = "recommendation " + r.id + " is not addressed to government body " + body;
            throw staff ? Violations.of("not-an-addressee", "governmentBodyId", detail).with("governmentBodyId", body)
                    : Callers.forbidden("not-an-addressee", detail);
        }
        return body;
    }
}
