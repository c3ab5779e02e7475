package fr.ipe.platform.domain;

/** Formats of the identifiers every service checks: UAI of an établissement, académie slug. */
public final class Identifiers {
    private Identifiers() {
    }

    /** UAI of an établissement: 7 digits and a letter. */
    public static boolean isUai(String value) {
        return value != null && value.matches("[0-9]{7}[A-Z]");
    }

    /** The form of an académie's slug: lower-case words joined by hyphens. */
    public static final String ACADEMIE_SLUG = "[a-z]+(-[a-z]+)*";

    /** Académie slug, e.g. {@code aix-marseille}. */
    public static boolean isAcademieSlug(String value) {
        return value != null && value.matches(ACADEMIE_SLUG);
    }
}
