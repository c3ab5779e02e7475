package fr.ipe.mission.api;

/** What every operation of the missions' API shares: the bound of its lists, the word on If-Match. */
final class ApiConventions {

    private ApiConventions() {
    }

    /** The most items a list answers at once ({@code limit}). */
    static final int MAX_PAGE = 200;

    /** Said of every command on an existing resource. */
    static final String IF_MATCH = " Send If-Match with the ETag you read to refuse a stale write (412); the answer's "
            + "ETag is the new version.";

    /** Said of every creation. */
    static final String CREATED = " Answers 201 with its Location and its version as the ETag.";
}
