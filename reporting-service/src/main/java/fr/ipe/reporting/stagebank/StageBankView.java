package fr.ipe.reporting.stagebank;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.views.Totals;
import fr.ipe.platform.views.ViewStore;
import fr.ipe.platform.views.live.LiveState;
import fr.ipe.platform.views.live.LiveViews;
import org.springframework.stereotype.Component;

/**
 * The stage bank view: one fact per offer and per need in {@code stage_bank}, and the figures of each académie and
 * period summed in {@code stage_bank_totals}, read in one document and pushed live under the same keys.
 */
@Component
public class StageBankView {

    public static final String VIEW = "stage-bank";
    static final String FACTS = "stage_bank";
    static final String TOTALS = "stage_bank_totals";
    static final String EVENT = "stage-bank";

    public StageBankView(LiveViews live) {
        live.family(VIEW, EVENT, (store, key) -> {
            Totals totals = store.totals(TOTALS).read(key);
            String[] parts = key.split("/", 2);
            return new LiveState(totals.version(),
                    StageBankFigures.of(parts[0], ReportingPeriod.parse(parts[1]), totals));
        });
    }

    static StageBankFigures figures(ViewStore store, String academie, ReportingPeriod period) {
        return StageBankFigures.of(academie, period,
                store.totals(TOTALS).read(StageBankCount.key(academie, period)));
    }
}
