package fr.ipe.testkit.security;

import java.util.List;

/** A user the local token server knows: name, password, roles and, for RECTORAT and IPE, the académie. */
public record DemoUser(String username, String password, List<String> roles, String academie) {
}
