package fr.ipe.reporting.query;

import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.mission.MissionEvent;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import fr.ipe.reporting.live.LiveViews;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One fact per mission in {@code bilan_missions}: where and when its IPE is active, followed with
 * {@link MissionActivity#after} (the function mission-service's own views use), so the bilan's IPE and months lines
 * agree with it. When the activity changes, the live bilan views of every period it touched or touches are told.
 */
@Component
public class MissionFactsProjection implements ReportProjection {

    private final BilanFacts facts;
    private final LiveViews live;

    public MissionFactsProjection(BilanFacts facts, LiveViews live) {
        this.facts = facts;
        this.live = live;
    }

    @Override
    public String view() {
        return BilanFacts.VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(BilanFacts.MISSIONS);
    }

    @Override
    public boolean project(ReceivedEvent event) {
        if (!(event.payload() instanceof MissionEvent mission)) {
            return false;
        }
        AtomicReference<MissionActivity> before = new AtomicReference<>();
        AtomicReference<MissionActivity> after = new AtomicReference<>();
        boolean applied = SequencedFacts.apply(facts.missions(), event.subject(), event.sequence(), doc -> {
            MissionActivity current = doc.containsKey("firstDay") ? activity(doc) : null;
            MissionActivity next = MissionActivity.after(current, mission);
            before.set(current);
            after.set(next);
            return next == null ? doc : doc.append("missionId", next.missionId()).append("ipeId", next.ipeId())
                    .append("academie", next.academie()).append("firstDay", next.firstDay().toString())
                    .append("lastDay", next.lastDay().toString());
        });
        if (applied && !Objects.equals(before.get(), after.get())) {
            Set<String> periods = new LinkedHashSet<>();
            for (MissionActivity activity : new MissionActivity[] {before.get(), after.get()}) {
                if (activity != null) {
                    periods.addAll(periodsOf(activity.firstDay(), activity.lastDay()));
                }
            }
            String academie = after.get() != null ? after.get().academie() : before.get().academie();
            BilanViews.changed(live, academie, periods);
        }
        return applied;
    }

    static MissionActivity activity(Document doc) {
        return new MissionActivity(doc.getString("missionId"), doc.getString("ipeId"), doc.getString("academie"),
                LocalDate.parse(doc.getString("firstDay")), LocalDate.parse(doc.getString("lastDay")));
    }

    /** The civil and school years a span of days touches. */
    static Set<String> periodsOf(LocalDate first, LocalDate last) {
        Set<String> labels = new LinkedHashSet<>();
        for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
            for (ReportingPeriod period : new ReportingPeriod[] {ReportingPeriod.civilYear(year),
                    ReportingPeriod.schoolYear(year)}) {
                if (period.overlaps(first, last)) {
                    labels.add(period.label());
                }
            }
        }
        return labels;
    }
}
