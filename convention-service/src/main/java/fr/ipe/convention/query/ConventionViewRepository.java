package fr.ipe.convention.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code convention_view} table: one JSON document per convention, with the columns lists filter on. */
@Repository
public class ConventionViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ConventionViewRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ConventionView> find(String conventionId) {
        return jdbc.query("SELECT document FROM convention_view WHERE convention_id = ?",
                (rs, i) -> read(rs.getString(1)), conventionId).stream().findFirst();
    }

    /**
     * Conventions in id order after {@code after}, by kind, académie, status and party. {@code visibleAcademie}
     * confines the page to conventions of no académie and to that académie's.
     */
    public List<ConventionView> page(ConventionKind kind, String academie, ConventionStatus status, String party,
                                     Optional<String> visibleAcademie, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT document FROM convention_view WHERE convention_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind.name());
        }
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (party != null) {
            // a party by its identifier (SIRET, UAI or académie) or, for the ministry, by role
            sql.append(" AND (document->'parties' @> ?::jsonb OR document->'parties' @> ?::jsonb)");
            args.add(write(List.of(Map.of("identifier", party))));
            args.add(write(List.of(Map.of("role", party))));
        }
        if (visibleAcademie.isPresent()) {
            sql.append(" AND (academie IS NULL OR academie = ?)");
            args.add(visibleAcademie.get());
        }
        sql.append(" ORDER BY convention_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> read(rs.getString(1)), args.toArray());
    }

    /** Conventions whose deadlines may still produce something: signed, and not lapsed or terminated. */
    public List<String> withDeadlinesAhead() {
        return jdbc.queryForList("SELECT convention_id FROM convention_view WHERE status IN ('SIGNED', 'IN_FORCE',"
                + " 'EVALUATED', 'EXPIRED') ORDER BY convention_id", String.class);
    }

    void save(ConventionView view) {
        jdbc.update("INSERT INTO convention_view (convention_id, kind, academie, status, version, document)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (convention_id) DO UPDATE SET"
                        + " status = EXCLUDED.status, version = EXCLUDED.version, document = EXCLUDED.document"
                        + " WHERE convention_view.version < EXCLUDED.version",
                view.conventionId(), view.kind().name(), view.academie(), view.status().name(), view.version(),
                write(view));
    }

    private ConventionView read(String document) {
        try {
            return json.readValue(document, ConventionView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable convention view", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write convention view", e);
        }
    }
}
