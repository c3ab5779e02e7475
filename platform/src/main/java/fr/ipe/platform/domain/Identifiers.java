package fr.ipe.platform.domain;

/** Formats of the identifiers every service checks: UAI of an établissement, académie slug. */
public final class Identifiers {

    /** The letters a UAI's check letter is taken from: the alphabet without I, O and Q. */
    private static final String UAI_CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Identifiers() {
    }

    /** UAI of an établissement: 7 digits and a letter. */
    public static boolean isUai(String value) {
        return value != null && value.matches("[0-9]{7}[A-Z]");
    }

    /** The form of an académie's slug: lower-case words joined by hyphens. */
    public static final String ACADEMIE_SLUG = "[a-z]+(-[a-z]+)*";

    /**
     * The check letter of a UAI's seven digits (the national directory of établissements, RNE/UAI): their value modulo
     * 23, as a letter of the alphabet without I, O and Q. {@code 0750655} gives {@code E}.
     */
    public static char uaiCheckLetter(String digits) {
        if (digits == null || !digits.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("a UAI's check letter follows 7 digits, not " + digits);
        }
        return UAI_CHECK_LETTERS.charAt(Integer.parseInt(digits) % UAI_CHECK_LETTERS.length());
    }

    /** A UAI ({@link #isUai}) whose check letter is the one its digits give. */
    public static boolean isCheckedUai(String value) {
        return isUai(value) && value.charAt(7) == uaiCheckLetter(value.substring(0, 7));
    }

    /** Académie slug, e.g. {@code aix-marseille}. */
    public static boolean isAcademieSlug(String value) {
        return value != null && value.matches(ACADEMIE_SLUG);
    }
}
