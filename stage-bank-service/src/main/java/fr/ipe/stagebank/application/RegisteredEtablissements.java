package fr.ipe.stagebank.application;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.stagebank.query.EtablissementView;
import fr.ipe.stagebank.query.EtablissementViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The établissements of the bank as the other use cases look them up: the home of the rules that cross from a need or
 * a mentor to its établissement (registered: 422 {@code etablissement-unknown}; of the académie:
 * 422 {@code etablissement-of-another-academie}). Read from the établissements' view without a lock, because what
 * these rules read never changes: an établissement's académie is fixed at its registration (its aggregate refuses
 * another) and an établissement is never removed.
 */
@Component
public class RegisteredEtablissements {

    private final EtablissementViews views;
    private final StageBankAccess access;

    public RegisteredEtablissements(EtablissementViews views, StageBankAccess access) {
        this.views = views;
        this.access = access;
    }

    /** The établissement, if the caller's académie reaches it (404, 403). */
    public EtablissementView visible(String uai) {
        EtablissementView view = views.find(uai).orElseThrow(() -> new ResourceNotFoundException("établissement", uai));
        access.requireRead(view.academie());
        return view;
    }

    /** The académie of {@code uai}, if it is registered. */
    Optional<String> academieOf(String uai) {
        return views.find(uai).map(EtablissementView::academie);
    }

    /** The registered établissement {@code uai} names (422 on {@code field} otherwise). */
    EtablissementView registered(String field, String uai) {
        return views.find(uai).orElseThrow(() -> RuleViolation.unprocessable("etablissement-unknown", field,
                "no établissement " + uai + " in the bank"));
    }

    /** The registered établissement {@code uai} names, of {@code academie} (422 on {@code field} otherwise). */
    EtablissementView ofAcademie(String field, String uai, String academie) {
        EtablissementView etablissement = registered(field, uai);
        if (!etablissement.academie().equals(academie)) {
            throw RuleViolation.unprocessable("etablissement-of-another-academie", field, "établissement " + uai
                    + " is of académie " + etablissement.academie());
        }
        return etablissement;
    }
}
