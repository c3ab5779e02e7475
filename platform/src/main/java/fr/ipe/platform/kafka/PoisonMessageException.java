package fr.ipe.platform.kafka;

/** A message that can never be processed (not a CloudEvent, unknown type, unreadable data): straight to the DLT. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
