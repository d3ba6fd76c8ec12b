package kz.civic.forum;

/** How far a recommendation was implemented, on the scale of its three outcomes; {@code level} orders them (0–2). */
public enum ImplementationRating {
    NOT_IMPLEMENTED(0), PARTIALLY_IMPLEMENTED(1), IMPLEMENTED(2);

    private final int level;

    ImplementationRating(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The rating an outcome status stands for; null for a status that is not an outcome. */
    public static ImplementationRating of(RecommendationStatus status) {
        return switch (status) {
            case IMPLEMENTED -> IMPLEMENTED;
            case PARTIALLY_IMPLEMENTED -> PARTIALLY_IMPLEMENTED;
            case NOT_IMPLEMENTED -> NOT_IMPLEMENTED;
            default -> null;
        };
    }
}
