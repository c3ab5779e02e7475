package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.api.MentorRequests.MentorRequest;
import fr.ipe.stagebank.api.MentorRequests.MentoringRequest;
import fr.ipe.stagebank.application.RegisteringMentors;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.query.MentorView;
import fr.ipe.stagebank.query.MentorViews;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stage-bank/mentors")
@Validated
@Tag(name = "Mentoring", description = "Mentors (parrains), active or retired, and the young people they follow")
public class MentorController {

    private final RegisteringMentors registering;
    private final MentorViews mentors;
    private final StageBankAccess access;

    public MentorController(RegisteringMentors registering, MentorViews mentors, StageBankAccess access) {
        this.registering = registering;
        this.mentors = mentors;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Register a mentor of the académie",
            description = "A volunteer (ACTIVE or RETIRED) from a company (valid SIRET when given) who helps young "
                    + "people find a stage or a first job; known by the association's reference (capitals, digits "
                    + "and - . /, at least one digit, such as IPE-PAR-2009-017), never by name: the bank keeps a "
                    + "pseudonym only, which the association alone can link to the person. "
                    + "Callers: the académie's RECTORAT or the ASSOCIATION (403 for another académie's RECTORAT). "
                    + "Answers 201 with the mentor, its Location and ETag.")
    public ResponseEntity<MentorView> register(@Valid @RequestBody MentorRequest request) {
        MentorView mentor = registering.register(request);
        return Answers.created("/api/stage-bank/mentors/" + mentor.mentorId(), mentor, mentor.version());
    }

    @PostMapping("/{mentorId}/mentoring")
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Record how many young people of an établissement the mentor follows",
            description = "For a school year written 2009-2010 (422 invalid-period otherwise): 0 to 50 young people "
                    + "of a registered établissement of the mentor's académie (422 otherwise); the figure replaces the "
                    + "previous one for that établissement and year. Counts only. Callers: the académie's RECTORAT or "
                    + "the ASSOCIATION." + ApiConventions.IF_MATCH)
    public ResponseEntity<MentorView> record(@PathVariable @Size(max = 64) String mentorId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody MentoringRequest request) {
        MentorView mentor = registering.recordMentoring(mentorId, Versions.expected(ifMatch), request.uai(),
                request.schoolYear(), request.youngPeople());
        return Answers.ok(mentor, mentor.version());
    }

    @GetMapping("/{mentorId}")
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "One mentor, with the young people followed per établissement and year",
            description = "Readers: NATIONAL, ASSOCIATION and the académie's RECTORAT (403 for another académie).")
    public ResponseEntity<MentorView> get(@PathVariable @Size(max = 64) String mentorId) {
        MentorView mentor = registering.visible(mentorId);
        return Answers.ok(mentor, mentor.version());
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "Mentors by académie, paged by cursor",
            description = "`limit` is 1 to 200, `next` the cursor of the following page. NATIONAL and ASSOCIATION read "
                    + "every académie; a RECTORAT its own, and asking for another is refused (403).")
    public Page<MentorView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(mentors.page(confined, after, limit), limit, MentorView::mentorId);
    }
}
