package fr.ipe.mission.api;

import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.mission.application.MissionAccess;
import fr.ipe.mission.query.ActivityReport;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.platform.domain.ReportingPeriods;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/missions")
@Validated
@Tag(name = "Activity and reimbursements", description = "Months of activity and the association's reimbursements")
public class ActivityController {

    private final MissionViewRepository missions;
    private final MissionAccess access;
    private final AcademieScope scope;

    public ActivityController(MissionViewRepository missions, MissionAccess access, AcademieScope scope) {
        this.missions = missions;
        this.access = access;
        this.scope = scope;
    }

    @GetMapping("/activity")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Months of activity of a period, per académie, national and in all",
            description = "`period` is a civil year (`2007`) or a school year (`2007-2008`, 1 September – 31 August; "
                    + "422 `invalid-period` otherwise). Each mission counts its days within the period pro rata (a day of a month of n "
                    + "days is 1/n month), summed exactly; months to one decimal, full-time equivalent = months / 12. "
                    + "The national line is the DGESCO's missions; the total includes every académie and the national "
                    + "level. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, and RECTORAT, who only gets its own "
                    + "académie's line: the other académies' lines, `national` and `total` are left out (absent).")
    public ActivityReport activity(@RequestParam @Size(max = 9) String period) {
        ReportingPeriod within = ReportingPeriods.parse("period", period);
        List<MissionActivity> active = missions.activeWithin(within).stream().map(MissionView::activity).toList();
        Optional<String> restriction = scope.restriction();
        return restriction.isPresent() ? ActivityReport.ofAcademie(within, active, restriction.get())
                : ActivityReport.of(within, active);
    }

    /** One mission's reimbursement, for finance. Amounts in euro cents. */
    public record ReimbursementLine(String missionId, String companySiret, String academie, String ipeId,
                                    MissionView.Reimbursement reimbursement,
                                    List<MissionView.Certification> certifications) {
    }

    @GetMapping("/reimbursements")
    @PreAuthorize(MissionAccess.REIMBURSEMENT_READERS)
    @Operation(summary = "The association's reimbursements to the companies, per mission, paged by cursor",
            description = "Each mission's commitment (yearly costs, share reimbursed, amount committed over the "
                    + "mission) and what the yearly certifications made due, in euro cents; `companySiret` filters one "
                    + "company; `limit` 1 to 200. Readers: FINANCE, NATIONAL, ASSOCIATION (403 otherwise).")
    public Page<ReimbursementLine> reimbursements(@RequestParam(required = false) @Size(max = 14) String companySiret,
                                                  @RequestParam(required = false) @Size(max = 64) String after,
                                                  @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        access.requireReimbursementReader();
        List<MissionView> page = missions.page(null, false, null, Optional.empty(), after, limit);
        List<ReimbursementLine> lines = page.stream()
                .filter(m -> companySiret == null || companySiret.equals(m.companySiret()))
                .map(m -> new ReimbursementLine(m.missionId(), m.companySiret(), m.academie(), m.ipeId(),
                        m.reimbursement(), m.certifications())).toList();
        // the cursor follows the missions read, so a filtered page may be short without being the last
        return new Page<>(lines, page.size() == limit ? page.get(page.size() - 1).missionId() : null);
    }
}
