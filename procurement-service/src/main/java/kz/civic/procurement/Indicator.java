package kz.civic.procurement;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A result indicator of a grantee report: what was measured, in which unit, the target and what was achieved. */
@Schema(name = "ReportIndicator")
public record Indicator(String name, String unit, BigDecimal target, BigDecimal achieved) {
}
