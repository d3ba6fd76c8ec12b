package kz.civic.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The leader or a founder of an NGO: personal data, never public, never in events in clear. */
@Embeddable
public class NgoPerson {

    public enum Role {
        LEADER, FOUNDER
    }

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "full_name")
    public String fullName;

    public String iin;

    /** HMAC-SHA256 of the IIN with the deployment's salt: how other services match people. */
    @Column(name = "iin_hash")
    public String iinHash;

    public NgoPerson() {
    }

    public NgoPerson(Role role, String fullName, String iin, String iinHash) {
        this.role = role;
        this.fullName = fullName;
        this.iin = iin;
        this.iinHash = iinHash;
    }
}
