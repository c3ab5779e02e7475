package fr.ipe.mission.query;

import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;

/** A member company of the association; {@code version} is its ETag. */
public record CompanyView(String siret, String name, LocalDate registeredOn, long version) implements Versioned {
}
