package kz.civic.gateway.auth;

/**
 * Who is calling, as far as the bearer token tells: nobody in particular (no bearer token, or another
 * scheme the services handle), a verified client, or a token that does not verify. The rate limiter
 * keys authenticated callers by {@link #clientId()} and everybody else by address.
 */
public record Caller(Verdict verdict, String clientId) {

    /** The outcome of the token check. */
    public enum Verdict {
        ANONYMOUS, AUTHENTICATED, REJECTED
    }

    static final Caller ANONYMOUS = new Caller(Verdict.ANONYMOUS, null);
    public static final Caller REJECTED = new Caller(Verdict.REJECTED, null);

    static Caller authenticated(String clientId) {
        return new Caller(Verdict.AUTHENTICATED, clientId);
    }

    public boolean authenticated() {
        return verdict == Verdict.AUTHENTICATED;
    }

    public boolean rejected() {
        return verdict == Verdict.REJECTED;
    }
}
