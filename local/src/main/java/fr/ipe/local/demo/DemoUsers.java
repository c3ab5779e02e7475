package fr.ipe.local.demo;

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
            new DemoUser("ipe-lyon", List.of(Roles.IPE), "lyon"),
            // the rectorats of the other académies of the 2008 roll-call, whose missions the demo data load
            new DemoUser("rectorat-versailles", List.of(Roles.RECTORAT), "versailles"),
            new DemoUser("rectorat-toulouse", List.of(Roles.RECTORAT), "toulouse"),
            new DemoUser("rectorat-nantes", List.of(Roles.RECTORAT), "nantes"),
            new DemoUser("rectorat-montpellier", List.of(Roles.RECTORAT), "montpellier"),
            new DemoUser("rectorat-rouen", List.of(Roles.RECTORAT), "rouen"),
            new DemoUser("rectorat-lille", List.of(Roles.RECTORAT), "lille"),
            new DemoUser("rectorat-grenoble", List.of(Roles.RECTORAT), "grenoble"),
            new DemoUser("rectorat-bordeaux", List.of(Roles.RECTORAT), "bordeaux"),
            new DemoUser("rectorat-strasbourg", List.of(Roles.RECTORAT), "strasbourg"),
            new DemoUser("rectorat-paris", List.of(Roles.RECTORAT), "paris"),
            new DemoUser("rectorat-orleans-tours", List.of(Roles.RECTORAT), "orleans-tours"),
            new DemoUser("rectorat-nice", List.of(Roles.RECTORAT), "nice"),
            new DemoUser("rectorat-creteil", List.of(Roles.RECTORAT), "creteil"),
            new DemoUser("rectorat-rennes", List.of(Roles.RECTORAT), "rennes"),
            new DemoUser("rectorat-poitiers", List.of(Roles.RECTORAT), "poitiers"),
            new DemoUser("rectorat-limoges", List.of(Roles.RECTORAT), "limoges"),
            new DemoUser("rectorat-martinique", List.of(Roles.RECTORAT), "martinique"),
            new DemoUser("rectorat-dijon", List.of(Roles.RECTORAT), "dijon"),
            new DemoUser("rectorat-amiens", List.of(Roles.RECTORAT), "amiens"));

    private DemoUsers() {
    }
}
