package kz.civic.forum.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /api/v1/action-plans/{planId}/items/{itemId}/measurements}: the indicator's value on a date. */
public record MeasurementRequest(
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
        @NotNull LocalDate measuredOn) {
}
