package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.application.ReservingPlaces;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.query.PlacementView;
import fr.ipe.stagebank.query.PlacementViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Placements", description = "Places of an offer reserved for a need: counts only, never a pupil's identity")
public class PlacementController {

    private final ReservingPlaces reserving;
    private final PlacementViews placements;
    private final StageBankAccess access;

    public PlacementController(ReservingPlaces reserving, PlacementViews placements, StageBankAccess access) {
        this.reserving = reserving;
        this.placements = placements;
        this.access = access;
    }

    @PostMapping("/api/stage-bank/offers/{offerId}/placements")
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "Reserve places of an offer for a need",
            description = "Reserves `places` places in each of `weeks` for a need of the same académie: never more "
                    + "than the offer's free places in any of those weeks, however many requests arrive at once (409 "
                    + "not-enough-places; a request that met another on the same offer at the same instant gets 409 "
                    + "concurrent-modification and may retry). The need must be one of the offer's académie (404 "
                    + "otherwise, as for a need that does not exist). The weeks must be the offer's and the need's "
                    + "(422) and must not have begun (422 week-past), the need open (409) with that many pupils "
                    + "still unmet (409 need-met), and its level one the offer takes (422). No pupil is named. "
                    + "Caller: the académie's RECTORAT. Answers 201 with the placement, its Location and ETag: the "
                    + "offer's new version, which is the placement's (the offer is its consistency boundary). Send "
                    + "If-Match with the offer's ETag to refuse a stale write (412).")
    public ResponseEntity<PlacementView> reserve(@PathVariable @Size(max = 64) String offerId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody ReservationRequest request) {
        PlacementView placement = reserving.reserve(offerId, Versions.expected(ifMatch), request.needId(),
                request.places(), request.weeks());
        return Answers.created("/api/stage-bank/placements/" + placement.placementId(), placement,
                placement.version());
    }

    @GetMapping("/api/stage-bank/placements/{placementId}")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "One placement",
            description = "The offer, the need, the établissement, the places and weeks, and the status (RESERVED, "
                    + "CONFIRMED, CANCELLED); the ETag is its offer's version. Readers: NATIONAL and the académie's "
                    + "RECTORAT (403 for another).")
    public ResponseEntity<PlacementView> get(@PathVariable @Size(max = 64) String placementId) {
        PlacementView placement = reserving.visible(placementId);
        return Answers.ok(placement, placement.version());
    }

    @GetMapping("/api/stage-bank/placements")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "Placements by académie, offer, need and status, paged by cursor",
            description = "Filters combine; `limit` is 1 to 200, `next` the cursor of the following page. NATIONAL "
                    + "reads every académie; a RECTORAT its own, and asking for another is refused (403).")
    public Page<PlacementView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Size(max = 64) String offerId,
            @RequestParam(required = false) @Size(max = 64) String needId,
            @RequestParam(required = false) PlacementView.Status status,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(placements.page(confined, offerId, needId, status, after, limit), limit,
                PlacementView::placementId);
    }

    @PostMapping("/api/stage-bank/placements/{placementId}/confirmation")
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "Confirm a placement",
            description = "The company and the établissement agreed: the placement is CONFIRMED (409 when it already "
                    + "is, or was cancelled). Caller: the académie's RECTORAT." + ApiConventions.IF_MATCH)
    public ResponseEntity<PlacementView> confirm(@PathVariable @Size(max = 64) String placementId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlacementView placement = reserving.confirm(placementId, Versions.expected(ifMatch));
        return Answers.ok(placement, placement.version());
    }

    @PostMapping("/api/stage-bank/placements/{placementId}/cancellation")
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "Cancel a placement: its places return to the offer",
            description = "The placement is CANCELLED and its places are free again in each of its weeks, its pupils "
                    + "unmet again in its need (409 when already cancelled). Caller: the académie's RECTORAT."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<PlacementView> cancel(@PathVariable @Size(max = 64) String placementId,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody ReasonRequest request) {
        PlacementView placement = reserving.cancel(placementId, Versions.expected(ifMatch), request.reason());
        return Answers.ok(placement, placement.version());
    }
}
