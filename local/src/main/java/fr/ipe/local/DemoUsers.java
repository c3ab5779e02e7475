package fr.ipe.local;

import fr.ipe.platform.security.Roles;
import java.util.List;

/**
 * The demo users of Keycloak's realm {@code ipe} (compose/keycloak/ipe-realm.json, shared by the local run, the system
 * tests and docker-compose), as the system tests expect to find them; every password is "demo".
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** A demo user: name, realm roles and, for RECTORAT and IPE, the académie. */
    public record DemoUser(String username, List<String> roles, String academie) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("national", List.of(Roles.NATIONAL), null),
            new DemoUser("association", List.of(Roles.ASSOCIATION), null),
            new DemoUser("finance", List.of(Roles.FINANCE), null),
            new DemoUser("ops", List.of(Roles.OPS), null),
            new DemoUser("rectorat-lyon", List.of(Roles.RECTORAT), "lyon"),
            new DemoUser("rectorat-aix-marseille", List.of(Roles.RECTORAT), "aix-marseille"),
            new DemoUser("ipe-lyon", List.of(Roles.IPE), "lyon"));

    private DemoUsers() {
    }
}
