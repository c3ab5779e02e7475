package fr.ipe.stagebank.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.stage.EtablissementChanged;
import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.EtablissementRegistered;
import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.EtablissementCommands.Outcome;
import fr.ipe.stagebank.domain.EtablissementCommands.RegisterEtablissement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An établissement (EPLE) of an académie, by its UAI, in an employment area (bassin), with the flags that make it a
 * priority of the bank: "Espoir banlieues" and "Objectif stages" sites, sites the académie marks, REP/REP+/QPV.
 */
@Aggregate
public class Etablissement {

    @AggregateIdentifier
    private String uai;
    private String academie;
    private String bassin;
    private EtablissementKind kind;
    private String name;
    private Set<PriorityFlag> priorities;

    protected Etablissement() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(RegisterEtablissement command) {
        check(command);
        Set<PriorityFlag> flags = command.priorities() == null || command.priorities().isEmpty()
                ? EnumSet.noneOf(PriorityFlag.class) : EnumSet.copyOf(command.priorities());
        List<PriorityFlag> written = List.copyOf(flags);
        if (uai == null) {
            apply(new EtablissementRegistered(command.uai(), command.academie(), command.bassin().strip(),
                    command.kind(), command.name().strip(), written, command.on()));
            return Outcome.REGISTERED;
        }
        if (!academie.equals(command.academie())) {
            throw RuleViolation.conflict("etablissement-of-another-academie", "établissement " + uai
                    + " belongs to académie " + academie);
        }
        if (bassin.equals(command.bassin().strip()) && kind == command.kind() && name.equals(command.name().strip())
                && priorities.equals(flags)) {
            return Outcome.UNCHANGED;
        }
        apply(new EtablissementChanged(uai, academie, command.bassin().strip(), command.kind(), command.name().strip(),
                written, command.on()));
        return Outcome.CHANGED;
    }

    private static void check(RegisterEtablissement command) {
        if (!Identifiers.isCheckedUai(command.uai())) {
            throw RuleViolation.unprocessable("uai", "uai", "a UAI is 7 digits and their check letter, not "
                    + command.uai());
        }
        if (!Identifiers.isAcademieSlug(command.academie())) {
            throw RuleViolation.unprocessable("academie", "academie", "not an académie slug: " + command.academie());
        }
        if (command.bassin() == null || command.bassin().isBlank() || command.kind() == null
                || command.name() == null || command.name().isBlank()) {
            throw RuleViolation.unprocessable("etablissement-incomplete", "bassin",
                    "an établissement has a bassin, a kind and a name");
        }
    }

    @EventSourcingHandler
    void on(EtablissementRegistered event) {
        uai = event.uai();
        academie = event.academie();
        applyValues(event.bassin(), event.kind(), event.name(), event.priorities());
    }

    @EventSourcingHandler
    void on(EtablissementChanged event) {
        applyValues(event.bassin(), event.kind(), event.name(), event.priorities());
    }

    private void applyValues(String bassin, EtablissementKind kind, String name, List<PriorityFlag> flags) {
        this.bassin = bassin;
        this.kind = kind;
        this.name = name;
        this.priorities = flags.isEmpty() ? EnumSet.noneOf(PriorityFlag.class) : EnumSet.copyOf(flags);
    }
}
