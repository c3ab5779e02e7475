package fr.ipe.platform.security;

/** The roles a token carries in its {@code roles} claim (ARCHITECTURE.md, decision 8). */
public final class Roles {
    /** Ministry: manages the national convention, reads everything. */
    public static final String NATIONAL = "NATIONAL";
    /** The association: candidates, pre-selection. */
    public static final String ASSOCIATION = "ASSOCIATION";
    /** The association's finance team: the funding feed. */
    public static final String FINANCE = "FINANCE";
    /** A rectorat: scoped to the token's {@code academie} claim. */
    public static final String RECTORAT = "RECTORAT";
    /** An IPE: scoped to the token's {@code academie} claim. */
    public static final String IPE = "IPE";
    /** Operations: replay, rebuild. */
    public static final String OPS = "OPS";

    /** Every role, in the order the API documents name them. */
    public static final java.util.List<String> ALL = java.util.List.of(NATIONAL, ASSOCIATION, FINANCE, RECTORAT, IPE,
            OPS);

    /** For {@code @PreAuthorize}: a route any role may call (each service still confines what it shows). */
    public static final String ANY = "hasAnyRole('NATIONAL','ASSOCIATION','FINANCE','RECTORAT','IPE','OPS')";

    /** For {@code @PreAuthorize}: every role that reads conventions and reports (all but IPE). */
    public static final String READERS = "hasAnyRole('NATIONAL','ASSOCIATION','FINANCE','OPS','RECTORAT')";

    /** The claim holding the caller's roles. */
    public static final String ROLES_CLAIM = "roles";
    /** The claim holding the académie a RECTORAT or IPE token is scoped to. */
    public static final String ACADEMIE_CLAIM = "academie";

    private Roles() {
    }
}
