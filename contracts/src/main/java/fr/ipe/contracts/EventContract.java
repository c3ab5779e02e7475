package fr.ipe.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record as part of the published language: its CloudEvents {@code type}
 * (e.g. {@code fr.ipe.convention.ConventionSigned.v1}) and the topic it is published to.
 * A breaking change to a record needs a new type version, never an edit of the old one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {
    String type();

    String topic();

    /** Further topics the event is also published to, e.g. the funding feed for funding events. */
    String[] alsoPublishedTo() default {};
}
