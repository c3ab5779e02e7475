package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.OfferCommands.ExpireOffer;
import fr.ipe.stagebank.domain.OfferCommands.PublishOffer;
import fr.ipe.stagebank.domain.OfferCommands.WithdrawOffer;
import fr.ipe.stagebank.query.OfferView;
import fr.ipe.stagebank.query.OfferViews;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * A company's offer, from its publication (by the académie's rectorat, or by the association for a member company)
 * to its withdrawal or expiry. The offer's rules are its aggregate's ({@code StageOffer}); nothing here crosses
 * aggregates.
 */
@Component
public class PublishingOffers {

    /** What a company offers: the body of {@code POST /api/stage-bank/offers}. */
    public interface OfferTerms {
        String academie();

        String bassin();

        String companySiret();

        String companyName();

        String sector();

        String trade();

        List<StageLevel> levels();

        Integer placesPerWeek();

        List<String> weeks();

        String conditions();
    }

    private final ExistingAggregates<OfferView> offers;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public PublishingOffers(CommandGateway commands, OfferViews views, StageBankAccess access, BusinessClock clock) {
        this.offers = new ExistingAggregates<>("offer", commands, views::find);
        this.access = access;
        this.clock = clock;
    }

    public OfferView publish(OfferTerms terms) {
        access.requireOfferEntry(terms.academie());
        String offerId = UUID.randomUUID().toString();
        return offers.create(offerId, new PublishOffer(offerId, terms.academie(), terms.bassin(),
                terms.companySiret(), terms.companyName(), terms.sector(), terms.trade(), terms.levels(),
                terms.placesPerWeek(), terms.weeks(), terms.conditions(), access.entrant(), clock.today()));
    }

    public OfferView visible(String offerId) {
        return offers.visible(offerId, offer -> access.requireRead(offer.academie()));
    }

    public OfferView withdraw(String offerId, Long expectedVersion, String reason) {
        return offers.send(offerId, expectedVersion, offer -> access.requireOfferEntry(offer.academie()),
                version -> new WithdrawOffer(offerId, reason, clock.today(), version));
    }

    /** At once what the deadline sweep does by itself. */
    public OfferView expire(String offerId, Long expectedVersion) {
        return offers.send(offerId, expectedVersion, offer -> access.requireOfferEntry(offer.academie()),
                version -> new ExpireOffer(offerId, clock.today(), version));
    }
}
