package fr.ipe.mission.query;

import fr.ipe.contracts.mission.IpeRegistered;
import fr.ipe.contracts.mission.MemberCompanyRegistered;
import fr.ipe.contracts.mission.NationalPrioritiesAdopted;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityErased;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the reference views: companies, IPE, priorities. The IPE's identity is opened with its key as it is recorded;
 * on erasure the key is deleted and the view forgets the personal data, in the erasure's own transaction. A replay
 * after an erasure finds no key, so the personal data never come back.
 */
@Component
@ProcessingGroup("mission-views")
public class ReferenceProjection {

    private final ReferenceRepository views;
    private final IdentityVault vault;

    public ReferenceProjection(ReferenceRepository views, IdentityVault vault) {
        this.views = views;
        this.vault = vault;
    }

    @EventHandler
    void on(MemberCompanyRegistered event, @SequenceNumber long version) {
        views.saveCompany(new CompanyView(event.siret(), event.name(), event.registeredOn(), version));
    }

    @EventHandler
    void on(IpeRegistered event, @SequenceNumber long version) {
        views.saveIpe(event.ipeId(), event.companySiret(), event.registeredOn(), version);
    }

    @EventHandler
    void on(IpeIdentityRecorded event, @SequenceNumber long version) {
        vault.open(event.ipeId(), event.sealedIdentity())
                .ifPresent(identity -> views.saveIdentity(event.ipeId(), identity, version));
    }

    @EventHandler
    void on(IpeIdentityErased event, @SequenceNumber long version) {
        vault.shred(event.ipeId());
        views.erase(event.ipeId(), event.erasedOn(), version);
    }

    @EventHandler
    void on(NationalPrioritiesAdopted event, @SequenceNumber long version) {
        views.savePriorities(new PrioritiesView(event.year(), event.priorities(), event.proposedOn(), event.adoptedOn(),
                version));
    }
}
