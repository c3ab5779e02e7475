package fr.ipe.mission.domain;

import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The mission axes, versioned reference data: each convention's annex 1 sets its axes, and an avenant can never change
 * them (art. 11), so they change only with a new convention. The 2007 axes are those of the convention signed on
 * 1 March 2007; they stay valid until the convention of 17 November 2023 sets new ones (the conventions between kept
 * the 2007 annex, as far as the sources tell).
 */
public final class MissionAxes {

    /** One axis, by a stable code a need or a mission letter names. */
    public record Axis(String code, String title) {
    }

    /** The axes of one convention, valid from {@code validFrom} to {@code validTo} inclusive (null: still valid). */
    public record AxisSet(String convention, LocalDate validFrom, LocalDate validTo, List<Axis> axes) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        boolean names(String code) {
            return axes.stream().anyMatch(axis -> axis.code().equals(code));
        }
    }

    public static final AxisSet AXES_2007 = new AxisSet("Convention pluriannuelle 2007-2011, annexe 1",
            LocalDate.of(2007, 3, 1), LocalDate.of(2023, 11, 16), List.of(
            new Axis("information-orientation", "Information et orientation"),
            new Axis("decouverte-professionnelle", "Découverte des métiers (option 3 h et module 6 h de 3e)"),
            new Axis("stages-tutorat", "Stages et tutorat"),
            new Axis("partenariat-entreprises", "Partenariat avec les entreprises et les acteurs locaux"),
            new Axis("entrepreneuriat", "Esprit d'entreprendre"),
            new Axis("lycee-des-metiers", "Label « lycée des métiers »"),
            new Axis("apprentissage-eple", "Apprentissage en établissement"),
            new Axis("tic", "Technologies de l'information et de la communication"),
            new Axis("plateformes-technologiques", "Plates-formes technologiques et appui aux PME"),
            new Axis("egalite-des-chances", "Égalité des chances")));

    public static final AxisSet AXES_2023 = new AxisSet("Convention du 17 novembre 2023",
            LocalDate.of(2023, 11, 17), null, List.of(
            new Axis("campus-metiers-qualifications", "Campus des métiers et des qualifications"),
            new Axis("adaptation-offre-formation", "Adapter l'offre de formation (colorations, mentions "
                    + "complémentaires, FCIL)"),
            new Axis("pfmp-secteurs-en-tension", "Plus de PFMP, et de meilleure qualité, dans les secteurs en tension"),
            new Axis("apprentissage", "Apprentissage"),
            new Axis("modules-insertion-bac-pro", "Modules d'insertion professionnelle en terminale bac pro"),
            new Axis("formation-personnels", "Formation des personnels de l'éducation"),
            new Axis("accueil-enseignants-entreprise", "Accueil des enseignants en entreprise")));

    public static final List<AxisSet> ALL = List.of(AXES_2007, AXES_2023);

    private MissionAxes() {
    }

    public static Optional<AxisSet> validOn(LocalDate day) {
        return ALL.stream().filter(set -> set.validOn(day)).findFirst();
    }

    /** Refuses (422 on {@code field}) an empty list or a code that is not an axis valid on {@code day}. */
    static void requireValid(List<String> codes, LocalDate day, String field) {
        if (codes == null || codes.isEmpty()) {
            throw RuleViolation.unprocessable("axis-required", field, "name at least one mission axis");
        }
        AxisSet valid = validOn(day).orElseThrow(() -> RuleViolation.unprocessable("no-axes-on-date", field,
                "no mission axes are valid on " + day + " (the first ones date from " + AXES_2007.validFrom() + ")"));
        for (String code : codes) {
            if (!valid.names(code)) {
                throw RuleViolation.unprocessable("axis-not-valid", field, "axis " + code + " is not one of the axes "
                        + "valid on " + day + " (" + valid.convention() + ")");
            }
        }
    }
}
