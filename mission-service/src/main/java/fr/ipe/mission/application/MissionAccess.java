package fr.ipe.mission.application;

import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who may do what with missions. The association (ASSOCIATION) keeps the companies, the IPE, the priorities, submits
 * candidatures for the companies and pre-selects; a rectorat (RECTORAT) manages its académie's needs and missions, the
 * ministry (NATIONAL) the national ones (académie null) and reads all; FINANCE reads the reimbursements; an IPE reads
 * its own missions only. An IPE's token is linked to its record by its username ({@code preferred_username}, else
 * {@code sub}), which the association registers as the IPE's {@code account}. The controllers state the roles
 * ({@code @PreAuthorize} with the constants below); the use cases check the académie, which for an existing need or
 * mission only its view knows.
 */
@Component
public class MissionAccess {

    /** For {@code @PreAuthorize}: the association's own steps (companies, IPE, priorities, candidatures). */
    public static final String ASSOCIATION = "hasRole('ASSOCIATION')";
    /** For {@code @PreAuthorize}: needs and missions, managed by a rectorat or, for national ones, NATIONAL. */
    public static final String MANAGERS = "hasAnyRole('NATIONAL','RECTORAT')";
    /** For {@code @PreAuthorize}: who reads needs. */
    public static final String NEED_READERS = "hasAnyRole('NATIONAL','ASSOCIATION','OPS','RECTORAT')";
    /** For {@code @PreAuthorize}: who lists the IPE. */
    public static final String IPE_LIST_READERS = "hasAnyRole('ASSOCIATION','NATIONAL')";
    /** For {@code @PreAuthorize}: an IPE's own record and missions. */
    public static final String IPE_ITSELF = "hasRole('IPE')";
    /** For {@code @PreAuthorize}: who reads the reimbursements. */
    public static final String REIMBURSEMENT_READERS = "hasAnyRole('FINANCE','NATIONAL','ASSOCIATION')";

    private final AcademieScope scope;
    private final ReferenceRepository references;
    private final MissionViewRepository missions;
    private final NeedViewRepository needs;

    public MissionAccess(AcademieScope scope, ReferenceRepository references, MissionViewRepository missions,
                         NeedViewRepository needs) {
        this.scope = scope;
        this.references = references;
        this.missions = missions;
        this.needs = needs;
    }

    public void requireAssociation() {
        require(Roles.ASSOCIATION, "only the association (ASSOCIATION) does this");
    }

    /** NATIONAL manages national needs and missions (académie null), a RECTORAT its own académie's. */
    public void requireManage(String academie) {
        if (academie == null) {
            require(Roles.NATIONAL, "only the ministry (NATIONAL) manages national needs and missions");
        } else {
            require(Roles.RECTORAT, "only the académie's rectorat (RECTORAT) manages its needs and missions");
            scope.require(academie);
        }
    }

    /** Reading needs: everyone but IPE and FINANCE, a RECTORAT within its académie. */
    public void requireReadNeed(String academie) {
        if (!Callers.hasRole(Roles.NATIONAL) && !Callers.hasRole(Roles.ASSOCIATION) && !Callers.hasRole(Roles.OPS)
                && !Callers.hasRole(Roles.RECTORAT)) {
            throw new AccessDeniedException("needs are read by NATIONAL, ASSOCIATION, OPS and RECTORAT");
        }
        scope.require(academie);
    }

    /** Reading a mission: NATIONAL, ASSOCIATION, FINANCE, OPS; a RECTORAT its académie's; an IPE its own. */
    public void requireReadMission(MissionView mission) {
        if (Callers.hasRole(Roles.NATIONAL) || Callers.hasRole(Roles.ASSOCIATION) || Callers.hasRole(Roles.FINANCE)
                || Callers.hasRole(Roles.OPS)) {
            return;
        }
        if (Callers.hasRole(Roles.RECTORAT)) {
            scope.require(mission.academie());
            return;
        }
        if (Callers.hasRole(Roles.IPE) && callerIpe().filter(ipe -> ipe.ipeId().equals(mission.ipeId())).isPresent()) {
            return;
        }
        throw new AccessDeniedException("an IPE reads its own missions only");
    }

    /** The restriction of a mission list: a RECTORAT's académie; an IPE gets its own missions (see the controller). */
    public Optional<String> listRestriction() {
        if (Callers.hasRole(Roles.IPE) && !Callers.hasRole(Roles.NATIONAL)) {
            throw new AccessDeniedException("an IPE reads its own missions, at /api/missions/ipes/me/missions");
        }
        return scope.restriction();
    }

    public void requireReimbursementReader() {
        if (!Callers.hasRole(Roles.FINANCE) && !Callers.hasRole(Roles.NATIONAL) && !Callers.hasRole(Roles.ASSOCIATION)) {
            throw new AccessDeniedException("reimbursements are read by FINANCE, NATIONAL and ASSOCIATION");
        }
    }

    /**
     * The IPE as the caller may see it: with its personal data for the association, the ministry, the IPE itself and a
     * rectorat where it is a candidate or on mission; without them for the others (FINANCE, OPS). IPE callers only
     * reach their own record; a rectorat only an IPE of its académie.
     */
    public IpeView visible(IpeView ipe) {
        if (Callers.hasRole(Roles.ASSOCIATION) || Callers.hasRole(Roles.NATIONAL)) {
            return ipe;
        }
        if (Callers.hasRole(Roles.RECTORAT)) {
            String academie = scope.restriction().orElseThrow();
            if (missions.ipeInAcademie(ipe.ipeId(), academie) || needs.candidateIn(ipe.ipeId(), academie)) {
                return ipe;
            }
            throw new AccessDeniedException("IPE " + ipe.ipeId() + " is not a candidate or on mission in " + academie);
        }
        if (Callers.hasRole(Roles.IPE)) {
            if (callerIpe().filter(own -> own.ipeId().equals(ipe.ipeId())).isPresent()) {
                return ipe;
            }
            throw new AccessDeniedException("an IPE reads its own record only");
        }
        if (Callers.hasRole(Roles.FINANCE) || Callers.hasRole(Roles.OPS)) {
            return ipe.withoutPersonalData();
        }
        throw new AccessDeniedException("no role reads IPE records");
    }

    /** The IPE record linked to the caller's token, if any. */
    public Optional<IpeView> callerIpe() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!(caller instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        String username = token.getToken().getClaimAsString("preferred_username");
        String account = username == null ? token.getToken().getSubject() : username;
        return account == null ? Optional.empty() : references.ipeOfAccount(account);
    }

    private static void require(String role, String message) {
        if (!Callers.hasRole(role)) {
            throw new AccessDeniedException(message);
        }
    }
}
