package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Problems;
import fr.ipe.stagebank.application.ImportingEtablissements;
import fr.ipe.stagebank.application.ImportingEtablissements.ImportReport;
import fr.ipe.stagebank.application.RegisteredEtablissements;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.query.EtablissementView;
import fr.ipe.stagebank.query.EtablissementViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Établissements", description = "The académie's établissements, their bassin and priority flags")
public class EtablissementController {

    /** A refused import lists this many of its errors at most. */
    private static final int MAX_ERRORS_LISTED = 100;

    private final ImportingEtablissements importing;
    private final RegisteredEtablissements registered;
    private final EtablissementViews etablissements;
    private final StageBankAccess access;

    public EtablissementController(ImportingEtablissements importing, RegisteredEtablissements registered,
                                   EtablissementViews etablissements, StageBankAccess access) {
        this.importing = importing;
        this.registered = registered;
        this.etablissements = etablissements;
        this.access = access;
    }

    /**
     * An import registers or updates many établissements at once, so it takes no If-Match (there is no one version to
     * expect); it is idempotent instead: the same file again changes nothing.
     */
    @PostMapping(path = "/api/stage-bank/academies/{academie}/etablissements", consumes = "text/csv")
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "Import the académie's établissements from a CSV file",
            description = "The rectorat's list of établissements, one per row under the header "
                    + "`uai,bassin,kind,name,priorities`: a valid UAI, the bassin (employment area), the kind "
                    + "(COLLEGE, LYCEE_PROFESSIONNEL, LYCEE_TECHNOLOGIQUE, LYCEE_POLYVALENT, EREA), the name, and the "
                    + "priority flags separated by | (ESPOIR_BANLIEUES, OBJECTIF_STAGES, ACADEMIE_PRIORITY, REP, "
                    + "REP_PLUS, QPV; empty for none). The file is UTF-8 (a byte-order mark is accepted; a file in "
                    + "another encoding is refused naming the line of its first foreign byte). Every row is checked "
                    + "first: a file with bad rows is refused whole (422, one error per row with its line, field and "
                    + "rule: a UAI with its check letter, no control character in any cell, no more fields than the "
                    + "header names). A valid file is registered in one transaction: all its rows or, if anything "
                    + "fails, none. Importing the same file again changes nothing (idempotent); a changed row updates "
                    + "its établissement. At most 5 000 rows. Caller: the académie's RECTORAT (403 for another "
                    + "académie). Many établissements at once: no If-Match.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv",
                            schema = @Schema(type = "string", example = RequestExamples.IMPORT_CSV))))
    public ImportReport importCsv(@PathVariable @Academie String academie,
                                  @RequestBody @Size(max = 2_000_000) byte[] csv) {
        return importing.importFile(academie, csv);
    }

    @ExceptionHandler(ImportingEtablissements.Rejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportingEtablissements.Rejected rejected) {
        List<Map<String, Object>> errors = rejected.errors();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-import-rows",
                "Invalid import rows", rejected.getMessage());
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_ERRORS_LISTED)));
        problem.setProperty("field", errors.get(0).get("field"));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @GetMapping("/api/stage-bank/etablissements/{uai}")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "One établissement",
            description = "Its académie, bassin, kind, name and priority flags; it is a priority of the bank when it "
                    + "carries any flag. Readers: NATIONAL and the académie's RECTORAT (403 for another académie).")
    public ResponseEntity<EtablissementView> get(@PathVariable @Pattern(regexp = "[0-9]{7}[A-Z]") String uai) {
        EtablissementView etablissement = registered.visible(uai);
        return Answers.ok(etablissement, etablissement.version());
    }

    @GetMapping("/api/stage-bank/etablissements")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "Établissements by académie, bassin and priority, paged by cursor",
            description = "In UAI order; `limit` is 1 to 200, `next` the cursor of the following page. NATIONAL reads "
                    + "every académie; a RECTORAT its own, and asking for another is refused (403).")
    public Page<EtablissementView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Size(max = 100) String bassin,
            @RequestParam(required = false) Boolean priority,
            @RequestParam(required = false) @Size(max = 8) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(etablissements.page(confined, bassin, priority, after, limit), limit, EtablissementView::uai);
    }
}
