package fr.ipe.contracts.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The versioned reference data of action themes. Each set has a validity period; an action takes its theme from the
 * set in force on its first day. The 2007 set is the fourteen themes of the 2007 national bilan ("other" included);
 * the 2023 set is the axes of the convention renewed on 17 November 2023. Codes are unique across sets.
 */
public final class ActionThemes {

    /** A theme: a stable code (what events carry) and its label in the bilan. */
    public record Theme(String code, String label) {
    }

    /** One version of the reference data, in force from {@code validFrom} to {@code validTo} (inclusive; null: open). */
    public record ThemeSet(String id, LocalDate validFrom, LocalDate validTo, List<Theme> themes) {

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        public Optional<Theme> theme(String code) {
            return themes.stream().filter(t -> t.code().equals(code)).findFirst();
        }
    }

    public static final ThemeSet BILAN_2007 = new ThemeSet("2007", LocalDate.of(1994, 1, 1), LocalDate.of(2023, 11, 16),
            List.of(new Theme("stages", "Stages"),
                    new Theme("trades-information", "Information sur les métiers et les formations"),
                    new Theme("decouverte-professionnelle", "Découverte professionnelle"),
                    new Theme("post-bac", "Post-bac, liaison secondaire – supérieur"),
                    new Theme("job-search-insertion", "Recherche d'emploi et insertion"),
                    new Theme("entrepreneurship", "Esprit d'entreprendre"),
                    new Theme("partnership-conventions", "Conventions de partenariat avec les entreprises"),
                    new Theme("local-actors", "Coopération avec les acteurs locaux et régionaux"),
                    new Theme("technology-cooperation", "Coopération technologique et plates-formes"),
                    new Theme("lycees-des-metiers", "Lycées des métiers"),
                    new Theme("apprenticeship", "Apprentissage en EPLE"),
                    new Theme("mutual-information", "Information réciproque école – entreprise sur l'offre de formation"),
                    new Theme("ict", "TIC"),
                    new Theme("other", "Autres")));

    public static final ThemeSet AXES_2023 = new ThemeSet("2023", LocalDate.of(2023, 11, 17), null,
            List.of(new Theme("campus-metiers", "Campus des métiers et des qualifications"),
                    new Theme("training-offer", "Adaptation de l'offre de formation (colorations, MC, FCIL)"),
                    new Theme("work-placements", "PFMP plus nombreuses et de qualité dans les secteurs en tension"),
                    new Theme("apprenticeship-2023", "Apprentissage"),
                    new Theme("insertion-modules", "Modules d'insertion professionnelle en terminale bac pro"),
                    new Theme("staff-training", "Formation des personnels de l'éducation"),
                    new Theme("teachers-in-companies", "Accueil d'enseignants en entreprise")));

    public static final List<ThemeSet> SETS = List.of(BILAN_2007, AXES_2023);

    private ActionThemes() {
    }

    /** The set in force on {@code day}, if any. */
    public static Optional<ThemeSet> inForceOn(LocalDate day) {
        return SETS.stream().filter(set -> set.inForceOn(day)).findFirst();
    }

    /** The theme {@code code} of any set. */
    public static Optional<Theme> theme(String code) {
        return SETS.stream().flatMap(set -> set.themes().stream()).filter(t -> t.code().equals(code)).findFirst();
    }
}
