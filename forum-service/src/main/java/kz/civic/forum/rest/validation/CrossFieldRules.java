package kz.civic.forum.rest.validation;

import java.util.Map;

/** A request body with rules that span several of its fields. */
public interface CrossFieldRules {

    /** Broken rules as field name to message, in a stable order; empty when the body is consistent. */
    Map<String, String> brokenRules();
}
