package fr.ipe.local;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.security.DemoUser;
import java.util.List;
import java.util.Optional;

/** The demo users of the local run (the same as the Keycloak realm of docker-compose); every password is "demo". */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("national", PASSWORD, List.of(Roles.NATIONAL), null),
            new DemoUser("association", PASSWORD, List.of(Roles.ASSOCIATION), null),
            new DemoUser("finance", PASSWORD, List.of(Roles.FINANCE), null),
            new DemoUser("ops", PASSWORD, List.of(Roles.OPS), null),
            new DemoUser("rectorat-lyon", PASSWORD, List.of(Roles.RECTORAT), "lyon"),
            new DemoUser("rectorat-aix-marseille", PASSWORD, List.of(Roles.RECTORAT), "aix-marseille"),
            new DemoUser("ipe-lyon", PASSWORD, List.of(Roles.IPE), "lyon"));

    private DemoUsers() {
    }

    public static Optional<DemoUser> byName(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
