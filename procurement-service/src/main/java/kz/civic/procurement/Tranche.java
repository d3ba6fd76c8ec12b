package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One payment of a contract's schedule: PLANNED until a procurement officer pays it. */
@Entity
@Table(name = "contract_tranche")
public class Tranche {

    public static final String PLANNED = "PLANNED";
    public static final String PAID = "PAID";

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    /** 1..n; paid in this order. */
    public int sequence;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    public String status;

    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    public boolean paid() {
        return PAID.equals(status);
    }
}
