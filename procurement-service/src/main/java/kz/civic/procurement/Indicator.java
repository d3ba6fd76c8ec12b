package kz.civic.procurement;

import java.math.BigDecimal;

/** A result indicator of a grantee report: what was measured, in which unit, the target and what was achieved. */
public record Indicator(String name, String unit, BigDecimal target, BigDecimal achieved) {
}
