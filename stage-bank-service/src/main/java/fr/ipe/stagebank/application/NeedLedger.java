package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.stagebank.domain.PupilsToPlace;
import fr.ipe.stagebank.query.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's lookup table of needs ({@code need_ledger}), the home of the reservation's rule on the need's
 * side: what a need still takes ({@link PupilsToPlace}). The offer is the consistency boundary of its places and the
 * need of its pupils, so two reservations for one need on two offers are two aggregates: what keeps them from placing
 * more pupils than the need has is this row, locked by each reservation's use case before its command and updated by
 * the reservation's own events in the same transaction. Views, matching and GETs never read it; it answers only the
 * use cases that change a need's pupils or standing, which all lock its row first (then the offer), so that no two of
 * them wait on each other crosswise.
 */
@Component
@ProcessingGroup(NeedLedger.PROCESSING_GROUP)
public class NeedLedger {

    /** A subscribing processor: the ledger moves in the command's own transaction. */
    static final String PROCESSING_GROUP = "need-ledger";

    private final JdbcTemplate jdbc;

    public NeedLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The need's row, locked until the calling transaction ends; empty when there is no such need. */
    Optional<PupilsToPlace> lock(String needId) {
        return jdbc.query("SELECT * FROM need_ledger WHERE need_id = ? FOR UPDATE", NeedLedger::read, needId).stream()
                .findFirst();
    }

    @EventHandler
    void on(StageNeedStated e) {
        jdbc.update("INSERT INTO need_ledger (need_id, academie, open, weeks, pupils, placed)"
                        + " VALUES (?, ?, TRUE, ?::int[], ?, 0) ON CONFLICT (need_id) DO NOTHING",
                e.needId(), e.academie(), SqlArrays.weeks(e.weeks()), e.pupils());
    }

    @EventHandler
    void on(StageNeedClosed e) {
        jdbc.update("UPDATE need_ledger SET open = FALSE WHERE need_id = ?", e.needId());
    }

    @EventHandler
    void on(PlacesReserved e) {
        placed(e.needId(), e.places());
    }

    @EventHandler
    void on(PlacementCancelled e) {
        placed(e.needId(), -e.places());
    }

    /** The table's check (never below none, never beyond the need's pupils) is the last guard, not the rule. */
    private void placed(String needId, int pupils) {
        jdbc.update("UPDATE need_ledger SET placed = placed + ? WHERE need_id = ?", pupils, needId);
    }

    private static PupilsToPlace read(ResultSet rs, int row) throws SQLException {
        TreeSet<StageWeek> weeks = new TreeSet<>();
        SqlArrays.readInts(rs.getArray("weeks")).forEach(number -> weeks.add(StageWeek.ofNumber(number)));
        return new PupilsToPlace(rs.getString("need_id"), rs.getString("academie"), rs.getBoolean("open"), weeks,
                rs.getInt("pupils"), rs.getInt("placed"));
    }
}
