package fr.ipe.action.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.action.ActionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code action_view} table: one JSON document per action, with the columns lists filter on. */
@Repository
public class ActionViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ActionViewRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ActionView> find(String actionId) {
        return jdbc.query("SELECT document FROM action_view WHERE action_id = ?", (rs, i) -> read(rs.getString(1)),
                actionId).stream().findFirst();
    }

    /**
     * Actions in id order after {@code after}. {@code national} asks for the national actions only; {@code academie}
     * for one académie's; {@code visibleAcademie} confines the page to that académie's actions.
     */
    public List<ActionView> page(boolean national, String academie, ActionStatus status,
                                 Optional<String> visibleAcademie, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT document FROM action_view WHERE action_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (national) {
            sql.append(" AND academie IS NULL");
        }
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (visibleAcademie.isPresent()) {
            sql.append(" AND academie = ?");
            args.add(visibleAcademie.get());
        }
        sql.append(" ORDER BY action_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> read(rs.getString(1)), args.toArray());
    }

    void save(ActionView view) {
        jdbc.update("INSERT INTO action_view (action_id, academie, status, version, document)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (action_id) DO UPDATE SET"
                        + " status = EXCLUDED.status, version = EXCLUDED.version, document = EXCLUDED.document"
                        + " WHERE action_view.version < EXCLUDED.version",
                view.actionId(), view.academie(), view.status().name(), view.version(), write(view));
    }

    private ActionView read(String document) {
        try {
            return json.readValue(document, ActionView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable action view", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write action view", e);
        }
    }
}
