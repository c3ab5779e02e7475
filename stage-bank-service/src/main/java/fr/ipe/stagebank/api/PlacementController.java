package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.stagebank.domain.OfferCommands.CancelPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ConfirmPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ReservePlaces;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
import fr.ipe.stagebank.query.OfferView;
import fr.ipe.stagebank.query.OfferViews;
import fr.ipe.stagebank.query.PlacementView;
import fr.ipe.stagebank.query.PlacementViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Placements", description = "Places of an offer reserved for a need: counts only, never a pupil's identity")
public class PlacementController {

    private final CommandGateway commands;
    private final OfferViews offers;
    private final NeedViews needs;
    private final PlacementViews placements;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public PlacementController(CommandGateway commands, OfferViews offers, NeedViews needs, PlacementViews placements,
                               StageBankAccess access, BusinessClock clock) {
        this.commands = commands;
        this.offers = offers;
        this.needs = needs;
        this.placements = placements;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/api/stage-bank/offers/{offerId}/placements")
    @Operation(summary = "Reserve places of an offer for a need",
            description = "Reserves `places` places in each of `weeks` for a need of the same académie: never more "
                    + "than the offer's free places in any of those weeks, however many requests arrive at once (409 "
                    + "not-enough-places; a request that met another on the same offer at the same instant gets 409 "
                    + "concurrent-modification and may retry). The need must be one of the offer's académie (404 "
                    + "otherwise, as for a need that does not exist). The weeks must be the offer's and the need's "
                    + "(422) and must not have begun (422 week-past), the need open (409) with that many pupils "
                    + "still unmet (409 need-met), and its level one the offer takes (422). No pupil is named. "
                    + "Caller: the académie's RECTORAT. Answers 201 with the placement and its Location.")
    public ResponseEntity<PlacementView> reserve(@PathVariable @Size(max = 64) String offerId,
                                                 @Valid @RequestBody ReservationRequest request) {
        OfferView offer = offers.find(offerId).orElseThrow(() -> new ResourceNotFoundException("offer", offerId));
        access.requireManage(offer.academie());
        // another académie's need is one the caller cannot see: answered as a need that does not exist
        NeedView need = needs.find(request.needId()).filter(found -> found.academie().equals(offer.academie()))
                .orElseThrow(() -> new ResourceNotFoundException("need", request.needId()));
        if (need.status() != NeedView.Status.OPEN) {
            throw RuleViolation.conflict("need-closed", "the need is closed");
        }
        for (String week : request.weeks()) {
            if (!StageWeek.isValid(week) || !need.weeks().contains(StageWeek.parse(week).toString())) {
                throw RuleViolation.unprocessable("week-not-needed", "weeks", "the need does not ask for week " + week);
            }
        }
        if (request.places() > need.unmet()) {
            throw RuleViolation.conflict("need-met", "the need has " + need.unmet() + " pupil(s) still to place, "
                    + request.places() + " asked");
        }
        String placementId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReservePlaces(offerId, placementId, need.needId(), need.uai(),
                need.priorityEtablissement(), need.level(), request.places(), request.weeks(), clock.today()));
        PlacementView view = found(placementId);
        return ResponseEntity.created(URI.create("/api/stage-bank/placements/" + placementId)).body(view);
    }

    @GetMapping("/api/stage-bank/placements/{placementId}")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "One placement",
            description = "The offer, the need, the établissement, the places and weeks, and the status (RESERVED, "
                    + "CONFIRMED, CANCELLED). Readers: NATIONAL and the académie's RECTORAT (403 for another).")
    public PlacementView get(@PathVariable @Size(max = 64) String placementId) {
        PlacementView view = found(placementId);
        access.requireRead(view.academie());
        return view;
    }

    @GetMapping("/api/stage-bank/placements")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "Placements by académie, offer, need and status, paged by cursor",
            description = "Filters combine; `limit` is 1 to 200, `next` the cursor of the following page. NATIONAL "
                    + "reads every académie; a RECTORAT its own, and asking for another is refused (403).")
    public StagePage<PlacementView> list(
            @RequestParam(required = false) @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @RequestParam(required = false) @Size(max = 64) String offerId,
            @RequestParam(required = false) @Size(max = 64) String needId,
            @RequestParam(required = false) PlacementView.Status status,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(StagePage.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return StagePage.of(placements.page(confined, offerId, needId, status, after, limit), limit,
                PlacementView::placementId);
    }

    @PostMapping("/api/stage-bank/placements/{placementId}/confirmation")
    @Operation(summary = "Confirm a placement",
            description = "The company and the établissement agreed: the placement is CONFIRMED (409 when it already "
                    + "is, or was cancelled). Caller: the académie's RECTORAT.")
    public PlacementView confirm(@PathVariable @Size(max = 64) String placementId) {
        PlacementView placement = found(placementId);
        access.requireManage(placement.academie());
        commands.sendAndWait(new ConfirmPlacement(placement.offerId(), placementId, clock.today()));
        return found(placementId);
    }

    @PostMapping("/api/stage-bank/placements/{placementId}/cancellation")
    @Operation(summary = "Cancel a placement: its places return to the offer",
            description = "The placement is CANCELLED and its places are free again in each of its weeks (409 when "
                    + "already cancelled). Caller: the académie's RECTORAT.")
    public PlacementView cancel(@PathVariable @Size(max = 64) String placementId,
                                @Valid @RequestBody ReasonRequest request) {
        PlacementView placement = found(placementId);
        access.requireManage(placement.academie());
        commands.sendAndWait(new CancelPlacement(placement.offerId(), placementId, request.reason(), clock.today()));
        return found(placementId);
    }

    private PlacementView found(String placementId) {
        return placements.find(placementId).orElseThrow(() -> new ResourceNotFoundException("placement",
                placementId));
    }
}
