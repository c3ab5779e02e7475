package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.MentorStatus;
import java.util.List;

/** A mentor, by the association's reference, and how many young people they follow per établissement and year. */
public record MentorView(String mentorId, String academie, String reference, String companySiret, String companyName,
                         MentorStatus status, List<Mentoring> mentoring, long version) {

    public record Mentoring(String uai, String schoolYear, int youngPeople) {
    }

    public int youngPeople(String schoolYear) {
        return mentoring.stream().filter(m -> m.schoolYear().equals(schoolYear)).mapToInt(Mentoring::youngPeople).sum();
    }
}
