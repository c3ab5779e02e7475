package fr.ipe.reporting.bilan;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.views.Totals;
import fr.ipe.platform.views.ViewStore;
import fr.ipe.platform.views.live.LiveState;
import fr.ipe.platform.views.live.LiveViews;
import org.springframework.stereotype.Component;

/**
 * The bilan view: its facts ({@code bilan_actions}, {@code bilan_missions}) and its totals per key
 * ({@code bilan_totals}: an académie or the nation, for a civil or a school year), read in one document whatever the
 * number of facts, and pushed live under the same keys.
 */
@Component
public class BilanView {

    public static final String VIEW = "bilan";
    static final String ACTIONS = "bilan_actions";
    static final String MISSIONS = "bilan_missions";
    static final String TOTALS = "bilan_totals";
    /** The name of the bilan's Server-Sent Events. */
    static final String EVENT = "bilan";

    public BilanView(LiveViews live) {
        live.family(VIEW, EVENT, (store, key) -> {
            Totals totals = store.totals(TOTALS).read(key);
            String[] parts = key.split("/", 2);
            String academie = BilanCount.NATIONAL.equals(parts[0]) ? null : parts[0];
            return new LiveState(totals.version(), BilanCount.bilan(academie, ReportingPeriod.parse(parts[1]), totals));
        });
    }

    /** The bilan of {@code academie} (null: national) for {@code period}, as {@code store} holds it. */
    static Bilan bilan(ViewStore store, String academie, ReportingPeriod period) {
        String key = BilanCount.key(academie, period);
        return BilanCount.bilan(academie, period, store.totals(TOTALS).read(key));
    }
}
