package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code placement_view} table, read with the version of each placement's offer. */
@Repository
public class PlacementViews {

    private static final String SELECT = "SELECT p.*, o.version FROM placement_view p"
            + " JOIN offer_view o ON o.offer_id = p.offer_id";

    private final JdbcTemplate jdbc;

    public PlacementViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlacementView> find(String placementId) {
        return jdbc.query(SELECT + " WHERE p.placement_id = ?", PlacementViews::read, placementId).stream()
                .findFirst();
    }

    /** Placements of an académie (all when null) in id order after {@code after}, by offer, need, status. */
    public List<PlacementView> page(String academie, String offerId, String needId, PlacementView.Status status,
                                    String after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE p.placement_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND p.academie = ?");
            args.add(academie);
        }
        if (offerId != null) {
            sql.append(" AND p.offer_id = ?");
            args.add(offerId);
        }
        if (needId != null) {
            sql.append(" AND p.need_id = ?");
            args.add(needId);
        }
        if (status != null) {
            sql.append(" AND p.status = ?");
            args.add(status.name());
        }
        sql.append(" ORDER BY p.placement_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), PlacementViews::read, args.toArray());
    }

    void reserved(PlacesReserved e) {
        jdbc.update("INSERT INTO placement_view (placement_id, offer_id, need_id, academie, uai, priority, level,"
                        + " places, weeks, status, reserved_on, changed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::int[],"
                        + " 'RESERVED', ?, ?)",
                e.placementId(), e.offerId(), e.needId(), e.academie(), e.uai(), e.priorityEtablissement(),
                e.level().name(), e.places(), SqlArrays.weeks(e.weeks()), e.reservedOn(), e.reservedOn());
    }

    void status(String placementId, PlacementView.Status status, LocalDate on) {
        jdbc.update("UPDATE placement_view SET status = ?, changed_on = ? WHERE placement_id = ?", status.name(), on,
                placementId);
    }

    private static PlacementView read(ResultSet rs, int row) throws SQLException {
        return new PlacementView(rs.getString("placement_id"), rs.getString("offer_id"), rs.getString("need_id"),
                rs.getString("academie"), rs.getString("uai"), rs.getBoolean("priority"),
                StageLevel.valueOf(rs.getString("level")), rs.getInt("places"), SqlArrays.readWeeks(rs.getArray("weeks")),
                PlacementView.Status.valueOf(rs.getString("status")), rs.getDate("reserved_on").toLocalDate(),
                rs.getDate("changed_on").toLocalDate(), rs.getLong("version"));
    }
}
