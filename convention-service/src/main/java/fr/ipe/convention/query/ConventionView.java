package fr.ipe.convention.query;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import java.time.LocalDate;
import java.util.List;

/** A convention as the service shows it: its current terms, signatures and version. */
public record ConventionView(
        String conventionId,
        ConventionKind kind,
        String title,
        String academie,
        List<Party> parties,
        LocalDate startDate,
        int durationYears,
        LocalDate endDate,
        long subsidyTotalCents,
        long annualSubsidyCents,
        ConventionStatus status,
        List<Signature> signatures,
        LocalDate signedOn,
        long version) {

    ConventionView withSignature(Signature signature, long newVersion) {
        List<Signature> all = new java.util.ArrayList<>(signatures);
        all.add(signature);
        return new ConventionView(conventionId, kind, title, academie, parties, startDate, durationYears, endDate,
                subsidyTotalCents, annualSubsidyCents, status, List.copyOf(all), signedOn, newVersion);
    }

    ConventionView signed(LocalDate lastSignature, long newVersion) {
        return new ConventionView(conventionId, kind, title, academie, parties, startDate, durationYears, endDate,
                subsidyTotalCents, annualSubsidyCents, ConventionStatus.SIGNED, signatures, lastSignature, newVersion);
    }

    public enum ConventionStatus { DRAFTED, SIGNED }

    public record Signature(PartyRole party, String signatory, LocalDate signedOn) {
    }
}
