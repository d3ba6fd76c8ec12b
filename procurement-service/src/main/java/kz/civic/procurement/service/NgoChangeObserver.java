package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.civic.procurement.repository.NgoReplicaRepository;

/** Reacts to a change of an NGO's replica, inside the transaction of the event that changed it. */
@ApplicationScoped
public class NgoChangeObserver {

    private final NgoReplicaRepository ngos;
    private final ApplicationService applications;

    public NgoChangeObserver(NgoReplicaRepository ngos, ApplicationService applications) {
        this.ngos = ngos;
        this.applications = applications;
    }

    /** The replica of {@code ngoId} changed: its open applications are checked again. */
    public void ngoChanged(UUID ngoId) {
        ngos.findByIdOptional(ngoId).ifPresent(applications::recheck);
    }
}
