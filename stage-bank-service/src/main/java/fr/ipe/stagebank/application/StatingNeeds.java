package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.NeedCommands.CloseNeed;
import fr.ipe.stagebank.domain.NeedCommands.StateNeed;
import fr.ipe.stagebank.query.EtablissementView;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An établissement's need, stated by the académie's rectorat and closed once met or no longer current. A need takes
 * its établissement's académie and bassin ({@link RegisteredEtablissements}); closing it goes through its row of the
 * {@link NeedLedger}, as every change of a need's standing does.
 */
@Component
public class StatingNeeds {

    /** What an établissement needs: the body of {@code POST /api/stage-bank/needs}. */
    public interface NeedStatement {
        String uai();

        StageLevel level();

        String speciality();

        Integer pupils();

        List<String> weeks();

        String objectives();
    }

    private final ExistingAggregates<NeedView> needs;
    private final RegisteredEtablissements etablissements;
    private final NeedLedger ledger;
    private final StageBankAccess access;
    private final TransactionTemplate transactions;
    private final BusinessClock clock;

    public StatingNeeds(CommandGateway commands, NeedViews views, RegisteredEtablissements etablissements,
                        NeedLedger ledger, StageBankAccess access, TransactionTemplate transactions,
                        BusinessClock clock) {
        this.needs = new ExistingAggregates<>("need", commands, views::find);
        this.etablissements = etablissements;
        this.ledger = ledger;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public NeedView state(NeedStatement need) {
        EtablissementView etablissement = etablissements.registered("uai", need.uai());
        access.requireManage(etablissement.academie());
        String needId = UUID.randomUUID().toString();
        return needs.create(needId, new StateNeed(needId, etablissement.academie(), etablissement.uai(),
                etablissement.bassin(), need.level(), need.speciality(), need.pupils(), need.weeks(),
                need.objectives(), clock.today()));
    }

    public NeedView visible(String needId) {
        return needs.visible(needId, need -> access.requireRead(need.academie()));
    }

    public NeedView close(String needId, Long expectedVersion, String reason) {
        return transactions.execute(transaction -> {
            ledger.lock(needId);
            return needs.send(needId, expectedVersion, need -> access.requireManage(need.academie()),
                    version -> new CloseNeed(needId, reason, clock.today(), version));
        });
    }
}
