package fr.ipe.mission.query;

import fr.ipe.contracts.mission.MissionActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mission as its events left it: the delegation, where and when the IPE is active ({@link MissionActivity}), the
 * reimbursement committed and what certifications made due, the letters, the end. Carries the IPE's id, never its name.
 */
public record MissionView(String missionId, String needId, String ipeId, String companySiret,
                          String secondmentConventionId, LocalDate signedOn, MissionActivity activity,
                          Reimbursement reimbursement, List<Letter> letters, List<Certification> certifications,
                          End end, long version) {

    /** The association's commitment and what is due so far. Amounts in euro cents. */
    public record Reimbursement(long salaryAllowanceCentsPerYear, long travelCentsPerYear, int reimbursedSharePercent,
                                long yearlyReimbursementCents, long committedCents, long dueCents) {
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
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, next,
                reimbursement, letters, certifications, end, version);
    }

    MissionView committed(Reimbursement next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, next,
                letters, certifications, end, version);
    }

    MissionView withLetter(Letter letter) {
        List<Letter> next = new ArrayList<>(letters);
        next.add(letter);
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity,
                reimbursement, List.copyOf(next), certifications, end, version);
    }

    MissionView withCertification(Certification certification) {
        List<Certification> next = new ArrayList<>(certifications);
        next.add(certification);
        Reimbursement r = reimbursement;
        Reimbursement due = new Reimbursement(r.salaryAllowanceCentsPerYear(), r.travelCentsPerYear(),
                r.reimbursedSharePercent(), r.yearlyReimbursementCents(), r.committedCents(),
                r.dueCents() + certification.reimbursementDueCents());
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity, due,
                letters, List.copyOf(next), end, version);
    }

    MissionView ended(End next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity,
                reimbursement, letters, certifications, next, version);
    }

    MissionView atVersion(long next) {
        return new MissionView(missionId, needId, ipeId, companySiret, secondmentConventionId, signedOn, activity,
                reimbursement, letters, certifications, end, next);
    }
}
