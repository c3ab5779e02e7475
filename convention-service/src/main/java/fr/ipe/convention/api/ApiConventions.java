package fr.ipe.convention.api;

import fr.ipe.convention.query.ConventionView;

/** What the operations of the conventions' API share: where a convention lives, the word on If-Match. */
final class ApiConventions {

    private ApiConventions() {
    }

    /** Said of every command on an existing convention. */
    static final String IF_MATCH = " Send If-Match with the ETag you read to refuse a stale write (412); the answer's "
            + "ETag is the convention's new version.";

    static String location(ConventionView convention) {
        return "/api/conventions/" + convention.conventionId();
    }
}
