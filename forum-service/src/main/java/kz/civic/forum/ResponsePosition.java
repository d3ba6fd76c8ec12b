package kz.civic.forum;

/** An addressed government body's position on a recommendation (issue 4 item 3). */
public enum ResponsePosition {
    SUPPORTED, PARTIALLY_SUPPORTED, NOT_SUPPORTED
}
