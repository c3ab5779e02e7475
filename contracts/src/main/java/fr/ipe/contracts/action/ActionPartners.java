package fr.ipe.contracts.action;

import java.util.List;

/**
 * The partners an action names: établissements by UAI, companies by SIRET, professional organisations by name (MEDEF,
 * a CCI, a branch such as the UIMM). They may be fewer than the figures report: a figure may count partners nobody
 * identified one by one.
 */
public record ActionPartners(List<String> etablissementUais, List<String> companySirets,
                             List<String> professionalOrganisations) {

    public static final ActionPartners NONE = new ActionPartners(List.of(), List.of(), List.of());

    public ActionPartners {
        etablissementUais = etablissementUais == null ? List.of() : List.copyOf(etablissementUais);
        companySirets = companySirets == null ? List.of() : List.copyOf(companySirets);
        professionalOrganisations = professionalOrganisations == null ? List.of()
                : List.copyOf(professionalOrganisations);
    }
}
