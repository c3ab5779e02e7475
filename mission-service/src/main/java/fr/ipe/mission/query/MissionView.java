package fr.ipe.mission.query;

import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mission as its events left it: the delegation, where and when the IPE is active ({@link MissionActivity}), the
 * term's reason when it is not the specification's duration, the reimbursement committed (less what an early end
 * released) and what certifications made due, the letters, the end. Carries the IPE's id, never its name.
 */
public record MissionView(String missionId, String needId, String ipeId, String companySiret,
                          String secondmentConventionId, LocalDate signedOn, MissionActivity activity, Term term,
                          Reimbursement reimbursement, List<Letter> letters, List<Certification> certifications,
                          End end, long version) implements Versioned {

    /**
     * The delegation's term differs from the specification's {@code specifiedMonths} (which would have ended on
     * {@code specifiedEnd}), for {@code reason}; null when it agrees.
     */
    public record Term(int specifiedMonths, LocalDate specifiedEnd, String reason) {
    }

    /**
     * The association's commitment and what is due so far. Amounts in euro cents: {@code committedCents} is what
     * certifications can still make due, {@code releasedCents} what an early end released of the first commitment.
     */
    public record Reimbursement(long salaryAllowanceCentsPerYear, long travelCentsPerYear, int reimbursedSharePercent,
                                long yearlyReimbursementCents, long committedCents, long releasedCents,
                                long dueCents) {
    }

    public record Letter(String schoolYear, int revision, List<String> axisCodes, String objectives,
                         LocalDate issuedOn) {
    }

    public record Certification(String schoolYear, LocalDate periodStart, LocalDate periodEnd,
                                long reimbursementDueCents, LocalDate certifiedOn) {
    }

    public record End(LocalDate endedOn, boolean early, String reason) {
    }

    public String academie() {
        return activity.academie();
    }

    public boolean ended() {
        return end != null;
    }

    /** The letters in force: the latest revision of each school year. */
    public List<Letter> currentLetters() {
        List<Letter> current = new ArrayList<>();
        for (Letter letter : letters) {
            current.removeIf(l -> l.schoolYear().equals(letter.schoolYear()));
            current.add(letter);
        }
        return current;
    }

    MissionView followed(MissionActivity next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, next, term,
                reimbursement, letters, certifications, end, version);
    }

    MissionView withTerm(Term next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, next,
                reimbursement, letters, certifications, end, version);
    }

    MissionView committed(Reimbursement next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, term,
                next, letters, certifications, end, version);
    }

    /** An early end released {@code releasedCents}; {@code committedCents} is what can still become due. */
    MissionView released(long releasedCents, long committedCents) {
        Reimbursement r = reimbursement;
        return committed(new Reimbursement(r.salaryAllowanceCentsPerYear(), r.travelCentsPerYear(),
                r.reimbursedSharePercent(), r.yearlyReimbursementCents(), committedCents,
                r.releasedCents() + releasedCents, r.dueCents()));
    }

    MissionView withLetter(Letter letter) {
        List<Letter> next = new ArrayList<>(letters);
        next.add(letter);
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, term,
                reimbursement, List.copyOf(next), certifications, end, version);
    }

    MissionView withCertification(Certification certification) {
        List<Certification> next = new ArrayList<>(certifications);
        next.add(certification);
        Reimbursement r = reimbursement;
        Reimbursement due = new Reimbursement(r.salaryAllowanceCentsPerYear(), r.travelCentsPerYear(),
                r.reimbursedSharePercent(), r.yearlyReimbursementCents(), r.committedCents(), r.releasedCents(),
                r.dueCents() + certification.reimbursementDueCents());
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, term,
                due, letters, List.copyOf(next), end, version);
    }

    MissionView ended(End next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, term,
                reimbursement, letters, certifications, next, version);
    }

    MissionView atVersion(long next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, term,
                reimbursement, letters, certifications, end, next);
    }
}
