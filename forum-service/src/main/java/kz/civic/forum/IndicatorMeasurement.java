package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A measured value of an action-plan item's indicator on a date. */
@Entity
@Table(name = "indicator_measurement")
public class IndicatorMeasurement {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    public BigDecimal value;

    @Column(name = "measured_on")
    public LocalDate measuredOn;

    public String actor;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
