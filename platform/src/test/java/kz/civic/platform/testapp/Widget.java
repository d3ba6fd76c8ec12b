package kz.civic.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
public class Widget extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Version
    public long version;
}
