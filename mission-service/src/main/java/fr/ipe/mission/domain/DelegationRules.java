package fr.ipe.mission.domain;

import fr.ipe.mission.domain.AnnexOneOrder.Step;
import fr.ipe.mission.domain.MissionCommands.ActivePeriod;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.platform.domain.RuleViolation;

/**
 * What a delegation needs (annex 1, step 5): a selected IPE whose personal data were not erased, a specification it
 * follows in date and in duration ({@link AnnexOneOrder}), sound dates and no overlap.
 */
final class DelegationRules {

    private DelegationRules() {
    }

    static void check(SignDelegation delegation) {
        if (delegation.ipeId() == null) {
            throw RuleViolation.conflict("no-selected-ipe", "the need " + delegation.needId()
                    + " has no selected IPE: the recteur selects one before the delegation");
        }
        Retention.requireNotErased(delegation.ipeId(), delegation.ipeErased());
        if (delegation.specification() == null) {
            throw RuleViolation.conflict("no-specification", "the need " + delegation.needId()
                    + " has no specification: the recteur writes it before the delegation (annex 1, step 4)");
        }
        AnnexOneOrder.follows(Step.DELEGATION, delegation.signedOn(), "signedOn", Step.SPECIFICATION,
                delegation.specification().specifiedOn());
        if (delegation.endDate().isBefore(delegation.startDate())) {
            throw RuleViolation.unprocessable("end-before-start", "endDate", "the delegation ends on or after its start "
                    + delegation.startDate());
        }
        AnnexOneOrder.termAgrees(delegation.startDate(), delegation.endDate(),
                delegation.specification().durationMonths(), delegation.termReason());
        if (delegation.reimbursedSharePercent() < 0 || delegation.reimbursedSharePercent() > 100) {
            throw RuleViolation.unprocessable("share-out-of-range", "reimbursedSharePercent",
                    "the association reimburses 0 to 100 % of the costs");
        }
        for (ActivePeriod other : delegation.otherMissions()) {
            if (other.overlaps(delegation.startDate(), delegation.endDate())) {
                throw RuleViolation.conflict("missions-overlap", "IPE " + delegation.ipeId() + " is on mission "
                        + other.missionId() + " from " + other.firstDay() + " to " + other.lastDay()
                        + ": an IPE's missions never overlap");
            }
        }
    }

    /** Whether the term differs from the specification's duration, so that the delegation records its reason. */
    static boolean termDiffers(SignDelegation delegation) {
        return !delegation.endDate().equals(AnnexOneOrder.specifiedEnd(delegation.startDate(),
                delegation.specification().durationMonths()));
    }
}
