package fr.ipe.mission.application;

import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * A rectorat, or the ministry for the DGESCO, posts a mission need (annex 1, step 1). A national priority it names
 * counts only once the association's board adopted it for that year: read from the priorities' view without a lock,
 * since a year's priorities are adopted once and never change.
 */
@Component
public class PostingNeeds {

    /** What a need states: the body of {@code POST /api/missions/needs} ({@code academie} null: a national need). */
    public interface Posting {
        String academie();

        String title();

        String profile();

        List<String> axisCodes();

        Integer priorityYear();

        String priorityCode();

        Boolean nonSubstitutionDeclared();

        String nonSubstitutionJustification();

        LocalDate postedOn();
    }

    private final ExistingAggregates<NeedView> needs;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public PostingNeeds(CommandGateway commands, NeedViewRepository views, ReferenceRepository references,
                        MissionAccess access) {
        this.needs = new ExistingAggregates<>("need", commands, views::find);
        this.references = references;
        this.access = access;
    }

    public NeedView post(Posting need) {
        access.requireManage(need.academie());
        boolean adopted = need.priorityYear() != null && need.priorityCode() != null
                && references.priorities(need.priorityYear()).filter(p -> p.names(need.priorityCode())).isPresent();
        String needId = UUID.randomUUID().toString();
        return needs.create(needId, new PostNeed(needId, need.academie(), need.title(), need.profile(),
                need.axisCodes() == null ? List.of() : need.axisCodes(), need.priorityYear(), need.priorityCode(),
                adopted, need.nonSubstitutionDeclared(), need.nonSubstitutionJustification(), need.postedOn()));
    }

    /** The need, for a caller who may read it (403 for another académie's). */
    public NeedView visible(String needId) {
        return needs.visible(needId, need -> access.requireReadNeed(need.academie()));
    }
}
