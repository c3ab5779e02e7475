package fr.ipe.reporting.bilan;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.action.ActionLifecycle;
import fr.ipe.contracts.action.ActionState;
import fr.ipe.contracts.action.CountedAction;
import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.MissionEvent;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.views.Contribution;
import fr.ipe.platform.views.FactValues;
import fr.ipe.platform.views.TypedProjection;
import fr.ipe.platform.views.ViewStore;
import java.time.LocalDate;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Feeds the bilan: one fact per action (its state folded by {@link ActionLifecycle}, the lifecycle action-service uses,
 * and what the bilan counts of it) and one per mission (where and when its IPE is active, by
 * {@link MissionActivity#after}, the function mission-service's own views use); each fact's contribution
 * ({@link BilanCount}) keeps the totals of the bilans it counts in.
 */
@Component
public class BilanProjection extends TypedProjection {

    private final FactValues values;

    public BilanProjection(ObjectMapper json) {
        this.values = new FactValues(json);
        on(ActionEvent.class, this::action);
        on(DelegationSigned.class, this::mission);
        on(MissionEnded.class, this::mission);
    }

    @Override
    public String view() {
        return BilanView.VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(BilanView.ACTIONS, BilanView.MISSIONS, BilanView.TOTALS);
    }

    private boolean action(ActionEvent action, ReceivedEvent event, ViewStore store) {
        return store.facts(BilanView.ACTIONS).contributingTo(BilanView.TOTALS, this::actionContribution)
                .apply(event.subject(), event.sequence(), fact -> {
                    Document stored = fact.get("state", Document.class);
                    ActionState state = ActionLifecycle.after(stored == null ? null : read(stored, ActionState.class),
                            action);
                    return fact.append("academie", state.academie()).append("status", state.status().name())
                            .append("state", write(state))
                            .append("counted", state.counted() == null ? null : write(state.counted()));
                });
    }

    private Contribution actionContribution(Document fact) {
        Document counted = fact.get("counted", Document.class);
        return BilanCount.ofAction(fact.getString("academie"),
                counted == null ? null : read(counted, CountedAction.class));
    }

    private boolean mission(MissionEvent mission, ReceivedEvent event, ViewStore store) {
        return store.facts(BilanView.MISSIONS).contributingTo(BilanView.TOTALS, fact ->
                        BilanCount.ofActivity(activity(fact)))
                .apply(event.subject(), event.sequence(), fact -> {
                    MissionActivity next = MissionActivity.after(activity(fact), mission);
                    return next == null ? fact : fact.append("missionId", next.missionId())
                            .append("ipeId", next.ipeId()).append("academie", next.academie())
                            .append("firstDay", next.firstDay().toString())
                            .append("lastDay", next.lastDay().toString());
                });
    }

    private static MissionActivity activity(Document fact) {
        return !fact.containsKey("firstDay") ? null : new MissionActivity(fact.getString("missionId"),
                fact.getString("ipeId"), fact.getString("academie"), LocalDate.parse(fact.getString("firstDay")),
                LocalDate.parse(fact.getString("lastDay")));
    }

    private <T> T read(Document document, Class<T> type) {
        return values.read(document, type);
    }

    private Document write(Object value) {
        return values.write(value);
    }
}
