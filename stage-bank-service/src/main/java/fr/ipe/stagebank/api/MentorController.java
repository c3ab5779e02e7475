package fr.ipe.stagebank.api;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.api.MentorRequests.MentorRequest;
import fr.ipe.stagebank.api.MentorRequests.MentoringRequest;
import fr.ipe.stagebank.domain.MentorCommands.RecordMentoring;
import fr.ipe.stagebank.domain.MentorCommands.RegisterMentor;
import fr.ipe.stagebank.query.EtablissementView;
import fr.ipe.stagebank.query.EtablissementViews;
import fr.ipe.stagebank.query.MentorView;
import fr.ipe.stagebank.query.MentorViews;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stage-bank/mentors")
@Validated
@Tag(name = "Mentoring", description = "Mentors (parrains), active or retired, and the young people they follow")
public class MentorController {

    private final CommandGateway commands;
    private final MentorViews mentors;
    private final EtablissementViews etablissements;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public MentorController(CommandGateway commands, MentorViews mentors, EtablissementViews etablissements,
                            StageBankAccess access, BusinessClock clock) {
        this.commands = commands;
        this.mentors = mentors;
        this.etablissements = etablissements;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register a mentor of the académie",
            description = "A volunteer (ACTIVE or RETIRED) from a company (valid SIRET when given) who helps young "
                    + "people find a stage or a first job; known by the association's reference (capitals, digits "
                    + "and - . /, at least one digit, such as IPE-PAR-2009-017), never by name: the bank keeps a "
                    + "pseudonym only, which the association alone can link to the person. "
                    + "Callers: the académie's RECTORAT or the ASSOCIATION (403 for another académie's RECTORAT). "
                    + "Answers 201 with the mentor, its Location and ETag.")
    public ResponseEntity<MentorView> register(@Valid @RequestBody MentorRequest request) {
        access.requireOfferEntry(request.academie());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterMentor(id, request.academie(), request.reference(), request.companySiret(),
                request.companyName(), request.status(), clock.today()));
        MentorView view = found(id);
        return ResponseEntity.created(URI.create("/api/stage-bank/mentors/" + id)).eTag(Versions.etag(view.version()))
                .body(view);
    }

    @PostMapping("/{mentorId}/mentoring")
    @Operation(summary = "Record how many young people of an établissement the mentor follows",
            description = "For a school year written 2009-2010: 0 to 50 young people of a registered établissement of "
                    + "the mentor's académie (422 otherwise); the figure replaces the previous one for that "
                    + "établissement and year. Counts only. Callers: the académie's RECTORAT or the ASSOCIATION.")
    public ResponseEntity<MentorView> record(@PathVariable @Size(max = 64) String mentorId,
                                             @Valid @RequestBody MentoringRequest request) {
        MentorView mentor = found(mentorId);
        access.requireOfferEntry(mentor.academie());
        EtablissementView etablissement = etablissements.find(request.uai()).orElseThrow(() -> RuleViolation
                .unprocessable("etablissement-unknown", "uai", "no établissement " + request.uai() + " in the bank"));
        if (!etablissement.academie().equals(mentor.academie())) {
            throw RuleViolation.unprocessable("etablissement-of-another-academie", "uai", "établissement "
                    + request.uai() + " is of académie " + etablissement.academie());
        }
        commands.sendAndWait(new RecordMentoring(mentorId, request.uai(), request.schoolYear(), request.youngPeople(),
                clock.today()));
        MentorView view = found(mentorId);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping("/{mentorId}")
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "One mentor, with the young people followed per établissement and year",
            description = "Readers: NATIONAL, ASSOCIATION and the académie's RECTORAT (403 for another académie).")
    public ResponseEntity<MentorView> get(@PathVariable @Size(max = 64) String mentorId) {
        MentorView view = found(mentorId);
        access.requireRead(view.academie());
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "Mentors by académie, paged by cursor",
            description = "`limit` is 1 to 200, `next` the cursor of the following page. NATIONAL and ASSOCIATION read "
                    + "every académie; a RECTORAT its own, and asking for another is refused (403).")
    public StagePage<MentorView> list(
            @RequestParam(required = false) @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(StagePage.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return StagePage.of(mentors.page(confined, after, limit), limit, MentorView::mentorId);
    }

    private MentorView found(String mentorId) {
        return mentors.find(mentorId).orElseThrow(() -> new ResourceNotFoundException("mentor", mentorId));
    }
}
