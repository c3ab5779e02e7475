package fr.ipe.mission.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code mission_view} table: one document per mission, with the columns lists and counts filter on. */
@Repository
public class MissionViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public MissionViewRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<MissionView> find(String missionId) {
        return jdbc.query("SELECT document FROM mission_view WHERE mission_id = ?", this::read, missionId).stream()
                .findFirst();
    }

    /** The missions of one IPE, earliest first. */
    public List<MissionView> ofIpe(String ipeId) {
        return jdbc.query("SELECT document FROM mission_view WHERE ipe_id = ? ORDER BY first_day", this::read, ipeId);
    }

    public boolean ipeInAcademie(String ipeId, String academie) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM mission_view WHERE ipe_id = ? AND academie = ?)", Boolean.class, ipeId,
                academie));
    }

    /** Missions in id order, filtered like the needs (see {@link NeedViewRepository#page}), and by IPE. */
    public List<MissionView> page(String academie, boolean national, String ipeId, Optional<String> visibleAcademie,
                                  String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT document FROM mission_view WHERE mission_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (national) {
            sql.append(" AND academie IS NULL");
        } else if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (ipeId != null) {
            sql.append(" AND ipe_id = ?");
            args.add(ipeId);
        }
        if (visibleAcademie.isPresent()) {
            sql.append(" AND academie = ?");
            args.add(visibleAcademie.get());
        }
        sql.append(" ORDER BY mission_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), this::read, args.toArray());
    }

    /** Every mission active on at least one day of {@code period}. */
    public List<MissionView> activeWithin(ReportingPeriod period) {
        return jdbc.query("SELECT document FROM mission_view WHERE first_day <= ? AND last_day >= ?", this::read,
                period.lastDay(), period.firstDay());
    }

    void save(MissionView view) {
        jdbc.update("INSERT INTO mission_view (mission_id, need_id, ipe_id, academie, first_day, last_day, version,"
                        + " document) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (mission_id) DO UPDATE SET"
                        + " first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day, version = EXCLUDED.version,"
                        + " document = EXCLUDED.document WHERE mission_view.version < EXCLUDED.version",
                view.missionId(), view.needId(), view.ipeId(), view.academie(), view.activity().firstDay(),
                view.activity().lastDay(), view.version(), JsonDocuments.write(json, view));
    }

    private MissionView read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return JsonDocuments.read(json, rs.getString(1), MissionView.class);
    }
}
