package kz.civic.registry.reference;

/** Central (ministries, committees, national operators) or local (akimats and their departments). */
public enum GovernmentBodyLevel {
    CENTRAL, LOCAL
}
