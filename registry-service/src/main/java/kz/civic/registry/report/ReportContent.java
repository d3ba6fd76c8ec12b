package kz.civic.registry.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an NGO reports to the NGO Database for a year (domain-brief §4): founders and members (as
 * counts — the report carries no personal data), sources of funds by kind, spending directions,
 * property, staff and volunteers. Amounts are in KZT.
 */
@Schema(description = "Content of an annual NGO-Database report; amounts in KZT")
public record ReportContent(
        @NotNull @PositiveOrZero @Max(10_000_000) Integer foundersCount,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer membersCount,
        @NotNull @Valid Funds funds,
        @NotNull @Size(max = 50) List<@NotNull @Valid Spending> spendingDirections,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal propertyValue,
        @Size(max = 2000) String propertyDescription,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer staffCount,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer volunteersCount) {

    /** Sources of funds by kind. */
    public record Funds(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal stateSocialOrder,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal grants,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal foreign,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal business,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal donations,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal other) {

        public BigDecimal total() {
            return stateSocialOrder.add(grants).add(foreign).add(business).add(donations).add(other);
        }
    }

    /** One direction of spending, e.g. "social projects", with its amount. */
    public record Spending(@NotBlank @Size(max = 300) String direction,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }
}
