package fr.ipe.mission.query;

import fr.ipe.contracts.mission.NationalPriority;
import java.time.LocalDate;
import java.util.List;

/** The national priorities of a year, as the association's board adopted them on the DGESCO's proposal. */
public record PrioritiesView(int year, List<NationalPriority> priorities, LocalDate proposedOn, LocalDate adoptedOn) {

    public boolean names(String code) {
        return priorities.stream().anyMatch(priority -> priority.code().equals(code));
    }
}
