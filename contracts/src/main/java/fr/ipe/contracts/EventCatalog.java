package fr.ipe.contracts;

import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every published event type, so a consumer can turn a CloudEvents {@code type} back into its record. */
public final class EventCatalog {

    private static final List<Class<? extends PublishedEvent>> EVENTS = List.of(
            ConventionDrafted.class,
            ConventionPartySigned.class,
            ConventionSigned.class,
            ConventionEnteredIntoForce.class,
            ConventionTacitlyRenewed.class,
            ConventionRenewalWithheld.class,
            ConventionExpired.class,
            ConventionRenewed.class,
            TerminationNotified.class,
            TerminationWithdrawn.class,
            ConventionTerminated.class,
            AssociationDocumentFiled.class,
            AssociationDocumentOverdue.class,
            FinalEvaluationFiled.class,
            FinalEvaluationOverdue.class,
            GeneralAssemblyHeld.class,
            DeclarationCopyFiled.class,
            AvenantProposed.class,
            AvenantPartySigned.class,
            AvenantApplied.class,
            SubsidyNotified.class,
            SubsidyPaid.class,
            SubsidySuspended.class,
            SubsidyResumed.class,
            SubsidyReduced.class,
            SubsidyReclaimed.class);

    private static final Map<String, Class<? extends PublishedEvent>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Class<? extends PublishedEvent> event : EVENTS) {
            String type = contractOf(event).type();
            if (BY_TYPE.put(type, event) != null) {
                throw new IllegalStateException("CloudEvents type declared twice: " + type);
            }
        }
    }

    private EventCatalog() {
    }

    public static List<Class<? extends PublishedEvent>> events() {
        return EVENTS;
    }

    public static Optional<Class<? extends PublishedEvent>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventContract contractOf(Class<?> event) {
        EventContract contract = event.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(event.getName() + " is not an @EventContract");
        }
        return contract;
    }
}
