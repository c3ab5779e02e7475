package fr.ipe.platform.application;

/** A view that knows its aggregate's version: the ETag it answers, and the If-Match a command must send back. */
public interface Versioned {

    long version();
}
