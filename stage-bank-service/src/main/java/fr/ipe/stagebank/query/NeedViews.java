package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageNeedStated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code need_view} table, read with the current priority flags of each need's établissement. */
@Repository
public class NeedViews {

    private static final String SELECT = "SELECT n.*, e.priorities FROM need_view n"
            + " JOIN etablissement_view e ON e.uai = n.uai";

    private final JdbcTemplate jdbc;

    public NeedViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NeedView> find(String needId) {
        return jdbc.query(SELECT + " WHERE n.need_id = ?", NeedViews::read, needId).stream().findFirst();
    }

    /** Needs of an académie (all when null) in id order after {@code after}, by établissement, status, level. */
    public List<NeedView> page(String academie, String uai, NeedView.Status status, StageLevel level, String after,
                               int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE n.need_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND n.academie = ?");
            args.add(academie);
        }
        if (uai != null) {
            sql.append(" AND n.uai = ?");
            args.add(uai);
        }
        if (status != null) {
            sql.append(" AND n.status = ?");
            args.add(status.name());
        }
        if (level != null) {
            sql.append(" AND n.level = ?");
            args.add(level.name());
        }
        sql.append(" ORDER BY n.need_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), NeedViews::read, args.toArray());
    }

    /** The open needs of a bassin with pupils left to place: the needs that compete for its offers. */
    public List<NeedView> openIn(String academie, String bassin) {
        return jdbc.query(SELECT + " WHERE n.academie = ? AND n.bassin = ? AND n.status = 'OPEN'"
                + " AND n.placed < n.pupils", NeedViews::read, academie, bassin);
    }

    /** {@code statedAt}: the instant of the event, which orders needs stated the same day. */
    void stated(StageNeedStated e, Instant statedAt, long version) {
        jdbc.update("INSERT INTO need_view (need_id, academie, uai, bassin, level, speciality, pupils, placed, weeks,"
                        + " objectives, status, stated_on, stated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?::int[], ?,"
                        + " 'OPEN', ?, ?, ?) ON CONFLICT (need_id) DO NOTHING",
                e.needId(), e.academie(), e.uai(), e.bassin(), e.level().name(), e.speciality(), e.pupils(),
                SqlArrays.weeks(e.weeks()), e.objectives(), e.statedOn(), statedAt.atOffset(ZoneOffset.UTC), version);
    }

    void closed(String needId, long version) {
        jdbc.update("UPDATE need_view SET status = 'CLOSED', version = ? WHERE need_id = ?", version, needId);
    }

    /**
     * Pupils placed by the bank: {@code pupils} more (fewer when negative). The view records; that a reservation never
     * places more pupils than the need has is decided before, by {@code ReservingPlaces} on the need's ledger.
     */
    void placed(String needId, int pupils) {
        jdbc.update("UPDATE need_view SET placed = placed + ? WHERE need_id = ?", pupils, needId);
    }

    private static NeedView read(ResultSet rs, int row) throws SQLException {
        return new NeedView(rs.getString("need_id"), rs.getString("academie"), rs.getString("uai"),
                rs.getString("bassin"), StageLevel.valueOf(rs.getString("level")), rs.getString("speciality"),
                rs.getInt("pupils"), rs.getInt("placed"), SqlArrays.readWeeks(rs.getArray("weeks")),
                rs.getString("objectives"), NeedView.Status.valueOf(rs.getString("status")),
                rs.getDate("stated_on").toLocalDate(), rs.getObject("stated_at", OffsetDateTime.class).toInstant(),
                SqlArrays.readLabels(rs.getArray("priorities"), PriorityFlag.class),
                rs.getLong("version"));
    }
}
