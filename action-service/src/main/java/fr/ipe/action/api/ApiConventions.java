package fr.ipe.action.api;

import fr.ipe.action.query.ActionView;

/** What the operations of the actions' API share: where an action lives, the bound of lists, the word on If-Match. */
final class ApiConventions {

    private ApiConventions() {
    }

    /** The most items a list answers at once ({@code limit}). */
    static final int MAX_PAGE = 200;

    /** Said of every command on an existing action. */
    static final String IF_MATCH = " Send If-Match with the ETag you read to refuse a stale write (412, as is a "
            + "version the action has not reached); the answer's ETag is the action's new version.";

    static String location(ActionView action) {
        return "/api/actions/" + action.actionId();
    }
}
