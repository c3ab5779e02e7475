package fr.ipe.reporting.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.action.ActionLifecycle;
import fr.ipe.contracts.action.ActionState;
import fr.ipe.contracts.action.CountedAction;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import fr.ipe.reporting.live.LiveViews;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One fact per action in {@code bilan_actions}: its state folded by {@link ActionLifecycle} (the lifecycle
 * action-service uses), what the bilan counts of it (its state at its last validation; nothing once cancelled) and the
 * periods it counts in ({@link CountedAction#periods()}: the civil and school year of its last day). When what is
 * counted changes, the live bilan views it touches are told.
 */
@Component
public class ActionFactsProjection implements ReportProjection {

    private final BilanFacts facts;
    private final ObjectMapper json;
    private final LiveViews live;

    public ActionFactsProjection(BilanFacts facts, ObjectMapper json, LiveViews live) {
        this.facts = facts;
        this.json = json;
        this.live = live;
    }

    @Override
    public String view() {
        return BilanFacts.VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(BilanFacts.ACTIONS);
    }

    @Override
    public boolean project(ReceivedEvent event) {
        if (!(event.payload() instanceof ActionEvent action)) {
            return false;
        }
        AtomicReference<Document> before = new AtomicReference<>();
        AtomicReference<Document> after = new AtomicReference<>();
        boolean applied = SequencedFacts.apply(facts.actions(), event.subject(), event.sequence(), doc -> {
            before.set(new Document(doc));
            Document next = evolve(doc, action);
            after.set(next);
            return next;
        });
        if (applied && !Objects.equals(before.get().get("counted"), after.get().get("counted"))) {
            // the periods it counted in and those it counts in now: a correction may move it
            Set<String> periods = new LinkedHashSet<>();
            periods.addAll(before.get().getList("countedPeriods", String.class, List.of()));
            periods.addAll(after.get().getList("countedPeriods", String.class, List.of()));
            BilanViews.changed(live, action.academie(), periods);
        }
        return applied;
    }

    private Document evolve(Document doc, ActionEvent event) {
        Document stored = doc.get("state", Document.class);
        ActionState state = ActionLifecycle.after(stored == null ? null : read(stored), event);
        CountedAction counted = state.counted();
        return doc.append("academie", state.academie())
                .append("status", state.status().name())
                .append("state", write(state))
                .append("counted", counted == null ? null : write(counted))
                .append("countedPeriods", counted == null ? List.of()
                        : counted.periods().stream().map(ReportingPeriod::label).toList());
    }

    private ActionState read(Document document) {
        try {
            return json.readValue(document.toJson(), ActionState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable action fact", e);
        }
    }

    private Document write(Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write action fact", e);
        }
    }
}
