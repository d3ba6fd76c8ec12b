package kz.civic.platform.event;

/**
 * An event that can never be applied (malformed, or violating its contract). The consumer sends it
 * to the dead-letter topic with this message as the reason and moves on.
 */
public class PoisonEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
