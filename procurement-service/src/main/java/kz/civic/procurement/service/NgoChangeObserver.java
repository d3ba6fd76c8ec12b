package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reacts to a change of an NGO's replica, inside the transaction of the event that changed it. */
@ApplicationScoped
public class NgoChangeObserver {

    /** The replica of {@code ngoId} changed. */
    public void ngoChanged(UUID ngoId) {
        // applications come in a later step
    }
}
