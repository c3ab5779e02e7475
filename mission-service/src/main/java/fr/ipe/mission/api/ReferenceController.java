package fr.ipe.mission.api;

import fr.ipe.mission.application.AdoptingPriorities;
import fr.ipe.mission.application.MissionAccess;
import fr.ipe.mission.application.RegisteringCompanies;
import fr.ipe.mission.domain.MissionAxes;
import fr.ipe.mission.query.CompanyView;
import fr.ipe.mission.query.PrioritiesView;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/missions")
@Validated
@Tag(name = "Reference data", description = "Member companies, national priorities and mission axes")
public class ReferenceController {

    private final RegisteringCompanies registering;
    private final AdoptingPriorities adopting;
    private final ReferenceRepository references;

    public ReferenceController(RegisteringCompanies registering, AdoptingPriorities adopting,
                               ReferenceRepository references) {
        this.registering = registering;
        this.adopting = adopting;
        this.references = references;
    }

    @PostMapping("/companies")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Register a member company",
            description = "The association (role ASSOCIATION) registers a member company by its SIRET (14 digits, Luhn "
                    + "checksum: 422 naming `siret` otherwise; 409 `company-registered` when already registered, "
                    + "`concurrent-modification` for all but one of registrations arriving at once)."
                    + ApiConventions.CREATED)
    public ResponseEntity<CompanyView> registerCompany(@Valid @RequestBody ReferenceRequests.CompanyRequest request) {
        CompanyView company = registering.register(request.siret(), request.name(), request.registeredOn());
        return Answers.created("/api/missions/companies/" + company.siret(), company, company.version());
    }

    @GetMapping("/companies/{siret}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "One member company",
            description = "Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT (IPE gets 403). The ETag is its "
                    + "version.")
    public ResponseEntity<CompanyView> company(@PathVariable @Size(max = 14) String siret) {
        CompanyView company = registering.found(siret);
        return Answers.ok(company, company.version());
    }

    @GetMapping("/companies")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Member companies, paged by cursor",
            description = "In SIRET order; `limit` is 1 to 200 and `next` the cursor of the following page. Readers: "
                    + "NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT (IPE gets 403).")
    public Page<CompanyView> companies(@RequestParam(required = false) @Size(max = 14) String after,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        return Page.of(references.companies(after, limit), limit, CompanyView::siret);
    }

    @PostMapping("/priorities")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Adopt a year's national priorities",
            description = "The association's board (role ASSOCIATION) adopts the national priorities of a year on the "
                    + "DGESCO's proposal (annex 1): adopted on or after the proposal (422 `adoptedOn`), codes unique "
                    + "(422 `priorities`); once per year (409 `priorities-adopted`). Needs refer to them by year and "
                    + "code." + ApiConventions.CREATED)
    public ResponseEntity<PrioritiesView> adoptPriorities(@Valid @RequestBody ReferenceRequests.PrioritiesRequest request) {
        PrioritiesView adopted = adopting.adopt(request.year(),
                request.priorities().stream().map(ReferenceRequests.PriorityRequest::toPriority).toList(),
                request.proposedOn(), request.adoptedOn());
        return Answers.created("/api/missions/priorities/" + adopted.year(), adopted, adopted.version());
    }

    @GetMapping("/priorities/{year}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The national priorities of a year",
            description = "404 when the board adopted none for that year. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, "
                    + "RECTORAT. The ETag is their version.")
    public ResponseEntity<PrioritiesView> priorities(@PathVariable @Min(1994) @Max(2100) int year) {
        PrioritiesView adopted = adopting.found(year);
        return Answers.ok(adopted, adopted.version());
    }

    @GetMapping("/priorities")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Every year's national priorities",
            description = "Oldest first. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT.")
    public List<PrioritiesView> allPriorities() {
        return references.allPriorities();
    }

    @GetMapping("/axes")
    @PreAuthorize(Roles.ANY)
    @Operation(summary = "The mission axes, versioned: every set, or the one valid on a date",
            description = "Each convention's annex 1 sets the mission axes (the 2007 axes, the 2023 axes), each valid "
                    + "over a period; needs and mission letters name axes valid on their date. Any authenticated caller.")
    public List<MissionAxes.AxisSet> axes(@RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return on == null ? MissionAxes.ALL : MissionAxes.validOn(on).map(List::of).orElse(List.of());
    }
}
