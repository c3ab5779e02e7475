package fr.ipe.mission.query;

import java.time.LocalDate;

/** A member company of the association. */
public record CompanyView(String siret, String name, LocalDate registeredOn) {
}
