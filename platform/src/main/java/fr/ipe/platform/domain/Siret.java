package fr.ipe.platform.domain;

/** SIRET: 14 digits whose Luhn checksum holds (SIREN = the first 9). */
public final class Siret {
    private Siret() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9]{14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = value.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
