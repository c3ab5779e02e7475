package fr.ipe.contracts.action;

/**
 * What an action reports (2007 bilan table): établissements involved, young people (girls, boys), teachers and staff
 * (women, men), companies and professional organisations. Counts, never negative.
 */
public record ActionFigures(
        long etablissements,
        long girls,
        long boys,
        long staffWomen,
        long staffMen,
        long companies,
        long professionalOrganisations) {

    public static final ActionFigures NONE = new ActionFigures(0, 0, 0, 0, 0, 0, 0);

    public long youngPeople() {
        return girls + boys;
    }

    public long staff() {
        return staffWomen + staffMen;
    }

    public ActionFigures plus(ActionFigures other) {
        return new ActionFigures(etablissements + other.etablissements, girls + other.girls, boys + other.boys,
                staffWomen + other.staffWomen, staffMen + other.staffMen, companies + other.companies,
                professionalOrganisations + other.professionalOrganisations);
    }
}
