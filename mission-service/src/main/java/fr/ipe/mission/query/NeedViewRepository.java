package fr.ipe.mission.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code need_view} table: one document per need. */
@Repository
public class NeedViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public NeedViewRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<NeedView> find(String needId) {
        return jdbc.query("SELECT document FROM need_view WHERE need_id = ?",
                (rs, i) -> JsonDocuments.read(json, rs.getString(1), NeedView.class), needId).stream().findFirst();
    }

    /**
     * Needs in id order after {@code after}; {@code national} keeps the DGESCO's, {@code academie} one académie's,
     * {@code visibleAcademie} confines the page to that académie's needs.
     */
    public List<NeedView> page(String academie, boolean national, Optional<String> visibleAcademie, String after,
                               int limit) {
        StringBuilder sql = new StringBuilder("SELECT document FROM need_view WHERE need_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (national) {
            sql.append(" AND academie IS NULL");
        } else if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (visibleAcademie.isPresent()) {
            sql.append(" AND academie = ?");
            args.add(visibleAcademie.get());
        }
        sql.append(" ORDER BY need_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> JsonDocuments.read(json, rs.getString(1), NeedView.class),
                args.toArray());
    }

    /** Whether the IPE is a candidate for a need of {@code academie}. */
    public boolean candidateIn(String ipeId, String academie) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM need_view WHERE academie = ?"
                        + " AND document->'candidatures' @> ?::jsonb)", Boolean.class, academie,
                "[{\"ipeId\": " + json.valueToTree(ipeId) + "}]"));
    }

    /** Whether a recteur selected the IPE on a need that has no mission yet: its recruitment is under way. */
    public boolean selectedWithoutMission(String ipeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM need_view n"
                        + " WHERE n.document->'candidatures' @> ?::jsonb"
                        + " AND NOT EXISTS (SELECT 1 FROM mission_view m WHERE m.need_id = n.need_id))", Boolean.class,
                "[{\"ipeId\": " + json.valueToTree(ipeId) + ", \"status\": \"SELECTED\"}]"));
    }

    void save(NeedView view) {
        jdbc.update("INSERT INTO need_view (need_id, academie, version, document) VALUES (?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (need_id) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document"
                        + " WHERE need_view.version < EXCLUDED.version",
                view.needId(), view.academie(), view.version(), JsonDocuments.write(json, view));
    }
}
