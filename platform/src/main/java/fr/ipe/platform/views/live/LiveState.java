package fr.ipe.platform.views.live;

/** A live view's state as pushed: the body, and the version of the totals it was read from. */
public record LiveState(long version, Object body) {
}
