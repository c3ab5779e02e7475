package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.PriorityFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code etablissement_view} table. */
@Repository
public class EtablissementViews {

    /** The PostgreSQL advisory lock of the imports ("ETAB" in ASCII). */
    private static final long IMPORT_LOCK = 0x45544142L;

    private final JdbcTemplate jdbc;

    public EtablissementViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EtablissementView> find(String uai) {
        return jdbc.query("SELECT * FROM etablissement_view WHERE uai = ?", EtablissementViews::read, uai).stream()
                .findFirst();
    }

    /** Établissements of an académie in UAI order after {@code after}, optionally of a bassin or priority only. */
    public List<EtablissementView> page(String academie, String bassin, Boolean priority, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM etablissement_view WHERE uai > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (bassin != null) {
            sql.append(" AND bassin = ?");
            args.add(bassin);
        }
        if (priority != null) {
            sql.append(priority ? " AND cardinality(priorities) > 0" : " AND cardinality(priorities) = 0");
        }
        sql.append(" ORDER BY uai LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), EtablissementViews::read, args.toArray());
    }

    /**
     * Serialises the imports of établissements, across the service's instances, until the calling transaction ends.
     * An import registers its rows in one transaction; two at once with rows in common would otherwise each wait on
     * the other (one on the event store's unique key of a row the other appended, the other on the first's aggregate
     * lock) where neither PostgreSQL nor Axon sees a deadlock. One after the other, the second sees the first's rows.
     */
    public void serialiseImports() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", IMPORT_LOCK);
    }

    void save(String uai, String academie, String bassin, EtablissementKind kind, String name,
              List<PriorityFlag> priorities, long version) {
        jdbc.update("INSERT INTO etablissement_view (uai, academie, bassin, kind, name, priorities, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?::text[], ?) ON CONFLICT (uai) DO UPDATE SET bassin = EXCLUDED.bassin,"
                        + " kind = EXCLUDED.kind, name = EXCLUDED.name, priorities = EXCLUDED.priorities,"
                        + " version = EXCLUDED.version WHERE etablissement_view.version < EXCLUDED.version",
                uai, academie, bassin, kind.name(), name, SqlArrays.labels(priorities), version);
    }

    private static EtablissementView read(ResultSet rs, int row) throws SQLException {
        return new EtablissementView(rs.getString("uai"), rs.getString("academie"), rs.getString("bassin"),
                EtablissementKind.valueOf(rs.getString("kind")), rs.getString("name"),
                SqlArrays.readLabels(rs.getArray("priorities"), PriorityFlag.class), rs.getLong("version"));
    }
}
