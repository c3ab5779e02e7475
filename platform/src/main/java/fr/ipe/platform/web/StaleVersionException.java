package fr.ipe.platform.web;

/** The request's If-Match names a version that is no longer the current one (HTTP 412). */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(String message) {
        super(message);
    }
}
