package fr.ipe.platform.web;

/** The resource named by the request does not exist (HTTP 404). */
public class ResourceNotFoundException extends RuntimeException {
    public ResourceNotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
