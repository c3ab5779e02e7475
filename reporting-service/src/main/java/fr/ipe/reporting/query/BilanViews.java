package fr.ipe.reporting.query;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.reporting.live.LiveViews;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Names the live views of the bilan ({@code bilan/<académie or national>/<period>}) and tells {@link LiveViews} which
 * ones a changed fact touched: the views of its académie and the national ones, for every period it counted in before
 * or counts in now (a correction that moves an action to another period changes both).
 */
public final class BilanViews {

    public static final String NATIONAL = "national";

    private BilanViews() {
    }

    public static String key(String academie, ReportingPeriod period) {
        return "bilan/" + (academie == null ? NATIONAL : academie) + "/" + period.label();
    }

    static void changed(LiveViews live, String academie, Set<String> periodLabels) {
        Set<String> keys = new LinkedHashSet<>();
        for (String label : periodLabels) {
            ReportingPeriod period = ReportingPeriod.parse(label);
            keys.add(key(null, period));
            if (academie != null) {
                keys.add(key(academie, period));
            }
        }
        keys.forEach(live::changed);
    }
}
