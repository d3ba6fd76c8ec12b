package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A state grant size band: duration in months and size in MCI (reference data). */
@Entity
@Table(name = "grant_band")
public class GrantBand {

    @Id
    public String code;

    @Column(name = "min_months")
    public int minMonths;

    @Column(name = "max_months")
    public int maxMonths;

    @Column(name = "min_mci")
    public int minMci;

    /** Null: no upper limit. */
    @Column(name = "max_mci")
    public Integer maxMci;

    /** The largest share of a grant that may fund the grantee's institutional development (0.100 = 10%). */
    @Column(name = "institutional_share_max")
    public BigDecimal institutionalShareMax;

    @Column(name = "sort_order")
    public int sortOrder;

    public boolean fitsDuration(int months) {
        return months >= minMonths && months <= maxMonths;
    }

    /** The smallest grant of this band in KZT at the given MCI. */
    public BigDecimal minKzt(BigDecimal mci) {
        return mci.multiply(BigDecimal.valueOf(minMci)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The largest grant of this band in KZT at the given MCI, or null when unbounded. */
    public BigDecimal maxKzt(BigDecimal mci) {
        return maxMci == null ? null : mci.multiply(BigDecimal.valueOf(maxMci)).setScale(2, RoundingMode.HALF_UP);
    }
}
