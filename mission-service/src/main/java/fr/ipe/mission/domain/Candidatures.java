package fr.ipe.mission.domain;

import fr.ipe.platform.domain.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The candidatures of one need and their rules (annex 1, steps 2 and 3): a company submits a candidate once per need;
 * the association pre-selects; the recteur selects a pre-selected candidate, or rejects a candidature with a reason;
 * a need has one selected IPE, after which it takes no more candidatures.
 */
final class Candidatures {

    private final Map<String, CandidatureStatus> statuses = new LinkedHashMap<>();
    private final Map<String, String> ipeOf = new LinkedHashMap<>();
    private String selected;

    void requireOpenTo(String ipeId) {
        requireNotFilled();
        if (ipeOf.containsValue(ipeId)) {
            throw RuleViolation.conflict("already-candidate", "IPE " + ipeId + " is already a candidate for this need");
        }
    }

    void requireStatus(String candidatureId, CandidatureStatus expected, String action) {
        CandidatureStatus status = statusOf(candidatureId);
        if (status != expected) {
            throw RuleViolation.conflict("candidature-not-" + expected.name().toLowerCase(), "candidature "
                    + candidatureId + " is " + status + "; only a " + expected + " candidature can be " + action);
        }
    }

    void requireSelectable(String candidatureId) {
        requireNotFilled();
        requireStatus(candidatureId, CandidatureStatus.PRESELECTED, "selected");
    }

    void requireRejectable(String candidatureId) {
        CandidatureStatus status = statusOf(candidatureId);
        if (status == CandidatureStatus.SELECTED || status == CandidatureStatus.REJECTED) {
            throw RuleViolation.conflict("candidature-decided", "candidature " + candidatureId + " is already " + status);
        }
    }

    String ipeOf(String candidatureId) {
        statusOf(candidatureId);
        return ipeOf.get(candidatureId);
    }

    String selectedIpe() {
        return selected == null ? null : ipeOf.get(selected);
    }

    void submitted(String candidatureId, String ipeId) {
        statuses.put(candidatureId, CandidatureStatus.SUBMITTED);
        ipeOf.put(candidatureId, ipeId);
    }

    void moved(String candidatureId, CandidatureStatus status) {
        statuses.put(candidatureId, status);
        if (status == CandidatureStatus.SELECTED) {
            selected = candidatureId;
        }
    }

    private void requireNotFilled() {
        if (selected != null) {
            throw RuleViolation.conflict("need-filled", "the need already has its selected IPE (one per need)");
        }
    }

    private CandidatureStatus statusOf(String candidatureId) {
        CandidatureStatus status = statuses.get(candidatureId);
        if (status == null) {
            throw RuleViolation.unprocessable("unknown-candidature", "candidatureId",
                    "no candidature " + candidatureId + " for this need");
        }
        return status;
    }
}
