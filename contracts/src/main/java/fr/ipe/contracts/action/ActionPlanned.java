package fr.ipe.contracts.action;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * An action was planned in {@code academie} (null: at the national level, the DGESCO) by the IPE {@code ipeIds}, on
 * {@code theme} of the reference set {@code themeSet} (see {@link ActionThemes}), from {@code firstDay} to
 * {@code lastDay} inclusive, with its named partners and, optionally, the partnership convention it carries out.
 */
@EventContract(type = "fr.ipe.action.ActionPlanned.v1", topic = Topics.ACTIONS)
public record ActionPlanned(
        String actionId,
        String academie,
        List<String> ipeIds,
        String themeSet,
        String theme,
        String title,
        LocalDate firstDay,
        LocalDate lastDay,
        ActionPartners partners,
        String conventionId,
        LocalDate plannedOn) implements ActionEvent {
}
