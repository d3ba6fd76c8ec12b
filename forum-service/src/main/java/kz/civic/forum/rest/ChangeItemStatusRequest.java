package kz.civic.forum.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.civic.forum.ActionPlanItemStatus;

/** Body of {@code POST /api/v1/action-plans/{planId}/items/{itemId}/status-changes}. */
public record ChangeItemStatusRequest(@NotNull ActionPlanItemStatus to, @Size(max = 2000) String reason) {
}
