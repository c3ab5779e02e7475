package fr.ipe.mission.domain;

import fr.ipe.mission.domain.AnnexOneOrder.Step;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The candidatures of one need and their rules (annex 1, steps 2 and 3): a company submits a candidate once per need;
 * the association pre-selects; the recteur selects a pre-selected candidature, or rejects a candidature with a reason;
 * a need has one selected IPE, after which it takes no more candidatures. Each step is dated on or after the one before
 * ({@link AnnexOneOrder}); nothing is done any more for an IPE whose personal data were erased, but its candidature may
 * still be rejected.
 */
final class Candidatures {

    private record Candidature(String ipeId, CandidatureStatus status, LocalDate since) {
    }

    private final Map<String, Candidature> candidatures = new LinkedHashMap<>();
    private String selected;

    void requireOpenTo(String ipeId, boolean ipeErased) {
        requireNotFilled();
        Retention.requireNotErased(ipeId, ipeErased);
        if (candidatures.values().stream().anyMatch(c -> c.ipeId().equals(ipeId))) {
            throw RuleViolation.conflict("already-candidate", "IPE " + ipeId + " is already a candidate for this need");
        }
    }

    void requirePreselectable(String candidatureId, LocalDate on, boolean ipeErased) {
        Candidature candidature = requireStatus(candidatureId, CandidatureStatus.SUBMITTED, "pre-selected");
        Retention.requireNotErased(candidature.ipeId(), ipeErased);
        AnnexOneOrder.follows(Step.PRESELECTION, on, "on", Step.CANDIDATURE, candidature.since());
    }

    void requireSelectable(String candidatureId, LocalDate on, boolean ipeErased) {
        requireNotFilled();
        Candidature candidature = requireStatus(candidatureId, CandidatureStatus.PRESELECTED, "selected");
        Retention.requireNotErased(candidature.ipeId(), ipeErased);
        AnnexOneOrder.follows(Step.SELECTION, on, "on", Step.PRESELECTION, candidature.since());
    }

    void requireRejectable(String candidatureId, LocalDate on) {
        Candidature candidature = find(candidatureId);
        if (candidature.status() == CandidatureStatus.SELECTED || candidature.status() == CandidatureStatus.REJECTED) {
            throw RuleViolation.conflict("candidature-decided", "candidature " + candidatureId + " is already "
                    + candidature.status());
        }
        AnnexOneOrder.follows(Step.REJECTION, on, "on", candidature.status() == CandidatureStatus.PRESELECTED
                ? Step.PRESELECTION : Step.CANDIDATURE, candidature.since());
    }

    String ipeOf(String candidatureId) {
        return find(candidatureId).ipeId();
    }

    /** The day the recteur selected the need's IPE; null while none is selected. */
    LocalDate selectedOn() {
        return selected == null ? null : candidatures.get(selected).since();
    }

    void submitted(String candidatureId, String ipeId, LocalDate on) {
        candidatures.put(candidatureId, new Candidature(ipeId, CandidatureStatus.SUBMITTED, on));
    }

    void moved(String candidatureId, CandidatureStatus status, LocalDate on) {
        candidatures.put(candidatureId, new Candidature(candidatures.get(candidatureId).ipeId(), status, on));
        if (status == CandidatureStatus.SELECTED) {
            selected = candidatureId;
        }
    }

    private Candidature requireStatus(String candidatureId, CandidatureStatus expected, String action) {
        Candidature candidature = find(candidatureId);
        if (candidature.status() != expected) {
            throw RuleViolation.conflict("candidature-not-" + expected.name().toLowerCase(), "candidature "
                    + candidatureId + " is " + candidature.status() + "; only a " + expected + " candidature can be "
                    + action);
        }
        return candidature;
    }

    private void requireNotFilled() {
        if (selected != null) {
            throw RuleViolation.conflict("need-filled", "the need already has its selected IPE (one per need)");
        }
    }

    private Candidature find(String candidatureId) {
        Candidature candidature = candidatures.get(candidatureId);
        if (candidature == null) {
            throw RuleViolation.unprocessable("unknown-candidature", "candidatureId",
                    "no candidature " + candidatureId + " for this need");
        }
        return candidature;
    }
}
