package fr.ipe.mission.domain;

import java.time.LocalDate;

/**
 * The IPE's personal data, as the event store keeps them: encrypted with the IPE's own key and never published (these
 * events are not {@code PublishedEvent}s, so the Kafka publisher does not see them). Deleting the key on erasure makes
 * every copy unreadable for good (crypto-shredding), while the events that counts rely on stay untouched.
 */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    /** The IPE's name, contact and account, sealed (AES-GCM) with the IPE's key. */
    public record IpeIdentityRecorded(String ipeId, String sealedIdentity) {
    }

    /** The IPE's personal data were erased: its key is deleted, the views forget them. */
    public record IpeIdentityErased(String ipeId, LocalDate erasedOn) {
    }
}
