package fr.ipe.mission.query;

import fr.ipe.mission.domain.CandidatureStatus;
import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mission need as its events left it: the posting, its candidatures, its specification. */
public record NeedView(String needId, String academie, String title, String profile, List<String> axisCodes,
                       Integer priorityYear, String priorityCode, String nonSubstitutionJustification, LocalDate postedOn,
                       List<Candidature> candidatures, Specification specification, long version)
        implements Versioned {

    /** A candidate of a member company and where its candidature stands. */
    public record Candidature(String candidatureId, String ipeId, String companySiret, CandidatureStatus status,
                              LocalDate submittedOn, LocalDate decidedOn, String reason) {

        Candidature moved(CandidatureStatus next, LocalDate on, String why) {
            return new Candidature(candidatureId, ipeId, companySiret, next, submittedOn, on, why);
        }
    }

    /** The cahier des charges (annex 1, step 4). */
    public record Specification(String objectives, String calendar, String means, int durationMonths,
                                LocalDate specifiedOn) {
    }

    /** The selected candidature, when the recteur chose one. */
    public Optional<Candidature> selected() {
        return candidatures.stream().filter(c -> c.status() == CandidatureStatus.SELECTED).findFirst();
    }

    /** The candidature {@code candidatureId}, if the need has it. */
    public Optional<Candidature> candidature(String candidatureId) {
        return candidatures.stream().filter(c -> c.candidatureId().equals(candidatureId)).findFirst();
    }

    public boolean hasCandidate(String ipeId) {
        return candidatures.stream().anyMatch(c -> c.ipeId().equals(ipeId));
    }

    NeedView withCandidature(Candidature candidature) {
        List<Candidature> next = new ArrayList<>(candidatures);
        next.add(candidature);
        return new NeedView(needId, academie, title, profile, axisCodes, priorityYear, priorityCode,
                nonSubstitutionJustification, postedOn, List.copyOf(next), specification, version);
    }

    NeedView candidatureMoved(String candidatureId, CandidatureStatus status, LocalDate on, String reason) {
        List<Candidature> next = candidatures.stream()
                .map(c -> c.candidatureId().equals(candidatureId) ? c.moved(status, on, reason) : c).toList();
        return new NeedView(needId, academie, title, profile, axisCodes, priorityYear, priorityCode,
                nonSubstitutionJustification, postedOn, next, specification, version);
    }

    NeedView specified(Specification next) {
        return new NeedView(needId, academie, title, profile, axisCodes, priorityYear, priorityCode,
                nonSubstitutionJustification, postedOn, candidatures, next, version);
    }

    NeedView atVersion(long next) {
        return new NeedView(needId, academie, title, profile, axisCodes, priorityYear, priorityCode,
                nonSubstitutionJustification, postedOn, candidatures, specification, next);
    }
}
