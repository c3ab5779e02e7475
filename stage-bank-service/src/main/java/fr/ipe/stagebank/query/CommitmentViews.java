package fr.ipe.stagebank.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.stage.CompanyCommitted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code commitment_view} table. */
@Repository
public class CommitmentViews {

    private static final TypeReference<List<CommitmentView.Year>> YEARS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public CommitmentViews(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CommitmentView> find(String commitmentId) {
        return jdbc.query("SELECT * FROM commitment_view WHERE commitment_id = ?", this::read, commitmentId).stream()
                .findFirst();
    }

    public List<CommitmentView> page(String academie, String siret, CommitmentView.Status status, String after,
                                     int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM commitment_view WHERE commitment_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (siret != null) {
            sql.append(" AND company_siret = ?");
            args.add(siret);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        sql.append(" ORDER BY commitment_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), this::read, args.toArray());
    }

    void committed(CompanyCommitted e, long version) {
        jdbc.update("INSERT INTO commitment_view (commitment_id, academie, bassin, company_siret, company_name, status,"
                        + " years, version) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?::jsonb, ?) ON CONFLICT DO NOTHING",
                e.commitmentId(), e.academie(), e.bassin(), e.companySiret(), e.companyName(),
                write(List.of(new CommitmentView.Year(e.schoolYear(), e.trainees()))), version);
    }

    void renewed(String commitmentId, String schoolYear, int trainees, long version) {
        CommitmentView current = find(commitmentId).orElseThrow();
        List<CommitmentView.Year> years = new ArrayList<>(current.years());
        years.add(new CommitmentView.Year(schoolYear, trainees));
        jdbc.update("UPDATE commitment_view SET years = ?::jsonb, version = ? WHERE commitment_id = ?", write(years),
                version, commitmentId);
    }

    void declined(String commitmentId, String schoolYear, String reason, long version) {
        jdbc.update("UPDATE commitment_view SET status = 'DECLINED', declined_for = ?, decline_reason = ?, version = ?"
                + " WHERE commitment_id = ?", schoolYear, reason, version, commitmentId);
    }

    private CommitmentView read(ResultSet rs, int row) throws SQLException {
        try {
            return new CommitmentView(rs.getString("commitment_id"), rs.getString("academie"), rs.getString("bassin"),
                    rs.getString("company_siret"), rs.getString("company_name"),
                    CommitmentView.Status.valueOf(rs.getString("status")), json.readValue(rs.getString("years"), YEARS),
                    rs.getString("declined_for"), rs.getString("decline_reason"), rs.getLong("version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable commitment years", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
