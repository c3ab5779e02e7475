package fr.ipe.mission.api;

import fr.ipe.mission.application.IpeErasure;
import fr.ipe.mission.application.IpeRegistration;
import fr.ipe.mission.application.MissionAccess;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
@RequestMapping(IpeController.PATH)
@Validated
@Tag(name = "IPE", description = "The engineers, their personal data and its erasure (GDPR art. 17)")
public class IpeController {

    static final String PATH = "/api/missions/ipes";

    private final IpeRegistration registration;
    private final IpeErasure erasure;
    private final ReferenceRepository references;
    private final MissionViewRepository missions;
    private final MissionAccess access;

    public IpeController(IpeRegistration registration, IpeErasure erasure, ReferenceRepository references,
                         MissionViewRepository missions, MissionAccess access) {
        this.registration = registration;
        this.erasure = erasure;
        this.references = references;
        this.missions = missions;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Register an IPE (a candidate of a member company)",
            description = "The association (role ASSOCIATION) registers an engineer of a registered member company (422 "
                    + "`companySiret` otherwise) with the name, contact and the username of the IPE's own account "
                    + "(`account`, the token's preferred_username; 409 `account-taken` naming `account` when another "
                    + "IPE has it, also when registrations naming it arrive at once: one is registered). The personal "
                    + "data are stored encrypted with the IPE's own key; the published event carries the IPE's id "
                    + "only." + ApiConventions.CREATED)
    public ResponseEntity<IpeView> register(@Valid @RequestBody ReferenceRequests.IpeRequest request) {
        IpeView ipe = registration.register(request.companySiret(), request.name(), request.contact(),
                request.account(), request.registeredOn());
        return Answers.created(PATH + "/" + ipe.ipeId(), ipe, ipe.version());
    }

    @GetMapping("/{ipeId}")
    @PreAuthorize(Roles.ANY)
    @Operation(summary = "One IPE, with its personal data for the roles that need them",
            description = "ASSOCIATION and NATIONAL see the name and contact; a RECTORAT sees them for an IPE that is a "
                    + "candidate or on mission in its académie (403 for another); the IPE sees its own record (403 for "
                    + "another's); FINANCE and OPS get the record without personal data. After an erasure the personal "
                    + "data are gone for everyone. The ETag is the IPE's version, for If-Match.")
    public ResponseEntity<IpeView> get(@PathVariable @Size(max = 64) String ipeId) {
        IpeView ipe = registration.visible(ipeId);
        return Answers.ok(ipe, ipe.version());
    }

    @GetMapping
    @PreAuthorize(MissionAccess.IPE_LIST_READERS)
    @Operation(summary = "IPE, paged by cursor",
            description = "In id order; `limit` 1 to 200. The association and the ministry (ASSOCIATION, NATIONAL) only "
                    + "(403 otherwise).")
    public Page<IpeView> list(@RequestParam(required = false) @Size(max = 64) String after,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        return Page.of(references.ipes(after, limit), limit, IpeView::ipeId);
    }

    @GetMapping("/me")
    @PreAuthorize(MissionAccess.IPE_ITSELF)
    @Operation(summary = "The calling IPE's own record",
            description = "Role IPE: the record whose `account` is the token's username (404 when none is linked).")
    public IpeView me() {
        return own();
    }

    @GetMapping("/me/missions")
    @PreAuthorize(MissionAccess.IPE_ITSELF)
    @Operation(summary = "The calling IPE's own missions",
            description = "Role IPE: the missions of the record linked to the token (404 when none is linked).")
    public List<MissionView> myMissions() {
        return missions.ofIpe(own().ipeId());
    }

    @PostMapping("/{ipeId}/erasure")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Erase an IPE's personal data for good (GDPR art. 17)",
            description = "The association (role ASSOCIATION), as the data controller, erases the name, contact and "
                    + "account of an IPE once the retention period is over: 5 years after the end of its last mission "
                    + "(409 `retention-not-over` before, or while a mission runs; 409 `selection-in-progress` while a "
                    + "recteur selected it on a need not yet delegated; 409 once erased). The IPE's key is deleted, so "
                    + "the encrypted copies in the event store can never be read again, and the answers kept for "
                    + "Idempotency-Key retries about the IPE are forgotten (a retry then gets 409); the IPE's id, "
                    + "missions and every count stay as they were. Nothing more is done for an erased IPE (409 "
                    + "`ipe-erased`). The date is the service's business date." + ApiConventions.IF_MATCH)
    public ResponseEntity<IpeView> erase(@PathVariable @Size(max = 64) String ipeId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        IpeView erased = erasure.erase(ipeId, Versions.expected(ifMatch), PATH + "/" + ipeId);
        return Answers.ok(erased, erased.version());
    }

    private IpeView own() {
        if (!Callers.hasRole(Roles.IPE)) {
            throw new AccessDeniedException("only an IPE has its own record");
        }
        return access.callerIpe().orElseThrow(() -> new ResourceNotFoundException("IPE linked to the caller's account",
                "me"));
    }
}
