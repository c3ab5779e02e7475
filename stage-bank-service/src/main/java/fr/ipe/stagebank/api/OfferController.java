package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.application.PublishingOffers;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.domain.StageOffer;
import fr.ipe.stagebank.query.OfferView;
import fr.ipe.stagebank.query.OfferViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stage-bank/offers")
@Validated
@Tag(name = "Stage offers", description = "Companies' stage offers, by ISO week, entered by the rectorat or the association")
public class OfferController {

    private final PublishingOffers publishing;
    private final OfferViews offers;
    private final StageBankAccess access;

    public OfferController(PublishingOffers publishing, OfferViews offers, StageBankAccess access) {
        this.publishing = publishing;
        this.offers = offers;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Publish a company's stage offer",
            description = "Enters, on the company's behalf, an offer of `placesPerWeek` places (1 to 500) in each of "
                    + "`weeks` (ISO weeks such as 2009-W46 from 2000-W01 to 2100-W52, not necessarily contiguous, "
                    + "within a school year's span, at least one of them still to come: 422 weeks-past when every "
                    + "week has begun on the business calendar) in a bassin of the académie, for pupils of `levels`. "
                    + "The company is named by a valid SIRET (422 otherwise). Callers: the académie's RECTORAT, or the "
                    + "ASSOCIATION for its member companies (a RECTORAT of another académie gets 403). Answers 201 "
                    + "with the offer, its Location and ETag.")
    public ResponseEntity<OfferView> publish(@Valid @RequestBody OfferRequest request) {
        OfferView offer = publishing.publish(request);
        return Answers.created("/api/stage-bank/offers/" + offer.offerId(), offer, offer.version());
    }

    @GetMapping("/{offerId}")
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "One offer, with its free places week by week",
            description = "The offer, its status (PUBLISHED, WITHDRAWN, EXPIRED) and, for each of its weeks, the "
                    + "places and those still free; the ETag is its version. Readers: NATIONAL, ASSOCIATION and the "
                    + "académie's RECTORAT (another académie's RECTORAT gets 403).")
    public ResponseEntity<OfferView> get(@PathVariable @Size(max = 64) String offerId) {
        OfferView offer = publishing.visible(offerId);
        return Answers.ok(offer, offer.version());
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "Offers by académie, bassin, status, level and company, paged by cursor",
            description = "Filters combine; `limit` is 1 to 200 and `next` is the cursor of the following page "
                    + "(absent on the last). NATIONAL and ASSOCIATION read every académie; a RECTORAT gets its own "
                    + "académie's and asking for another is refused (403).")
    public Page<OfferView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Size(max = 100) String bassin,
            @RequestParam(required = false) StageOffer.Status status,
            @RequestParam(required = false) StageLevel level,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{14}") String companySiret,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(offers.page(confined, bassin, status, level, companySiret, after, limit), limit,
                OfferView::offerId);
    }

    @PostMapping("/{offerId}/withdrawal")
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Withdraw an offer",
            description = "The offer's free places are no longer proposed; placements already made stay (cancel them "
                    + "one by one). 409 when the offer is not PUBLISHED. Callers: the académie's RECTORAT or the "
                    + "ASSOCIATION." + ApiConventions.IF_MATCH)
    public ResponseEntity<OfferView> withdraw(@PathVariable @Size(max = 64) String offerId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody ReasonRequest request) {
        OfferView offer = publishing.withdraw(offerId, Versions.expected(ifMatch), request.reason());
        return Answers.ok(offer, offer.version());
    }

    @PostMapping("/{offerId}/expiry")
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Expire an offer whose every week has begun",
            description = "Once the offer's last week has begun (business calendar), it is no longer proposed; "
                    + "before, 409 offer-not-over. The deadline sweep expires such offers by itself every few "
                    + "minutes; this expires one at once. Callers: the académie's RECTORAT or the ASSOCIATION."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<OfferView> expire(@PathVariable @Size(max = 64) String offerId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OfferView offer = publishing.expire(offerId, Versions.expected(ifMatch));
        return Answers.ok(offer, offer.version());
    }
}
