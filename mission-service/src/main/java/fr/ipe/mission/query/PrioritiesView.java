package fr.ipe.mission.query;

import fr.ipe.contracts.mission.NationalPriority;
import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;
import java.util.List;

/**
 * The national priorities of a year, as the association's board adopted them on the DGESCO's proposal; {@code version}
 * is their ETag.
 */
public record PrioritiesView(int year, List<NationalPriority> priorities, LocalDate proposedOn, LocalDate adoptedOn,
                             long version) implements Versioned {

    public boolean names(String code) {
        return priorities.stream().anyMatch(priority -> priority.code().equals(code));
    }
}
