package kz.civic.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import kz.civic.procurement.Indicator;
import kz.civic.procurement.ReportKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A grantee report: INTERIM reports name the tranche k they cover (tranche k + 1 is released once
 * the report is approved); the FINAL report names none. Indicators and narrative are public.
 */
@Schema(name = "ContractReportRequest")
public record ReportRequest(@NotNull ReportKind kind, @Min(1) Integer tranche,
        @NotBlank @Size(max = 20000) String narrative,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid IndicatorRequest> indicators) {

    /** A result indicator: name, unit, target and what was achieved (non-negative). */
    @Schema(name = "ReportIndicatorRequest")
    public record IndicatorRequest(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 50) String unit,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal target,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal achieved) {

        public Indicator toIndicator() {
            return new Indicator(name, unit, target, achieved);
        }
    }
}
