package fr.ipe.mission.query;

import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;

/**
 * An IPE: its company and, for the roles that need them, its personal data (null once erased, and for the roles that
 * do not need them, see {@link #withoutPersonalData()}). {@code account} is the username of the IPE's token;
 * {@code version} the IPE's, its ETag.
 */
public record IpeView(String ipeId, String companySiret, String name, String contact, String account,
                      LocalDate registeredOn, LocalDate erasedOn, long version) implements Versioned {

    public IpeView withoutPersonalData() {
        return new IpeView(ipeId, companySiret, null, null, null, registeredOn, erasedOn, version);
    }

    public boolean erased() {
        return erasedOn != null;
    }
}
