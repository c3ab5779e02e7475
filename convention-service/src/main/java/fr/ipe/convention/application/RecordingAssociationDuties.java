package fr.ipe.convention.application;

import fr.ipe.contracts.convention.AssociationDeclaration;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileDeclarationCopy;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.RecordGeneralAssembly;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The association's duties under the national convention, done by the association or recorded by the ministry: its
 * yearly documents (art. 5) and the general assembly that sets their due date (art. 2), the copies of its declarations
 * (art. 6) and the final evaluation (art. 9). Whether they were done in time is the aggregate's
 * ({@code AssociationObligations}); a duty missing at an anniversary stops the tacit renewal (art. 2).
 */
@Component
public class RecordingAssociationDuties {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;

    public RecordingAssociationDuties(ExistingAggregates<ConventionView> conventions, ConventionAccess access) {
        this.conventions = conventions;
        this.access = access;
    }

    public ConventionView fileDocument(String conventionId, Long expectedVersion, int fiscalYear,
                                       AssociationDocument document, LocalDate filedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new FileAssociationDocument(conventionId, fiscalYear, document, filedOn, version));
    }

    public ConventionView recordGeneralAssembly(String conventionId, Long expectedVersion, int fiscalYear,
                                                LocalDate heldOn) {
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new RecordGeneralAssembly(conventionId, fiscalYear, heldOn, version));
    }

    public ConventionView fileDeclarationCopy(String conventionId, Long expectedVersion,
                                              AssociationDeclaration declaration, LocalDate declaredOn,
                                              LocalDate filedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new FileDeclarationCopy(conventionId, declaration, declaredOn, filedOn, version));
    }

    public ConventionView fileFinalEvaluation(String conventionId, Long expectedVersion, LocalDate filedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new FileFinalEvaluation(conventionId, filedOn, version));
    }
}
