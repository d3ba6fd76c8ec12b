package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The monthly calculation index (MCI) of one year in KZT, with the source of the value. */
@Entity
@Table(name = "mci_rate")
public class MciRate {

    @Id
    public int year;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    public String source;
}
