package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.MentorRegistered;
import fr.ipe.contracts.stage.MentorStatus;
import fr.ipe.contracts.stage.MentoringRecorded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code mentor_view} and {@code mentoring_view} tables. */
@Repository
public class MentorViews {

    private final JdbcTemplate jdbc;

    public MentorViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MentorView> find(String mentorId) {
        return jdbc.query("SELECT * FROM mentor_view WHERE mentor_id = ?", this::read, mentorId).stream().findFirst();
    }

    /** Mentors of an académie (all when null) in id order after {@code after}. */
    public List<MentorView> page(String academie, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM mentor_view WHERE mentor_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        sql.append(" ORDER BY mentor_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), this::read, args.toArray());
    }

    private MentorView read(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("mentor_id");
        return new MentorView(id, rs.getString("academie"), rs.getString("reference"), rs.getString("company_siret"),
                rs.getString("company_name"), MentorStatus.valueOf(rs.getString("status")), mentoring(id),
                rs.getLong("version"));
    }

    private List<MentorView.Mentoring> mentoring(String mentorId) {
        return jdbc.query("SELECT uai, school_year, young_people FROM mentoring_view WHERE mentor_id = ?"
                        + " ORDER BY school_year, uai", (rs, row) -> new MentorView.Mentoring(rs.getString(1),
                        rs.getString(2), rs.getInt(3)), mentorId);
    }

    void registered(MentorRegistered e, long version) {
        jdbc.update("INSERT INTO mentor_view (mentor_id, academie, reference, company_siret, company_name, status,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", e.mentorId(), e.academie(),
                e.reference(), e.companySiret(), e.companyName(), e.status().name(), version);
    }

    void recorded(MentoringRecorded e, long version) {
        jdbc.update("INSERT INTO mentoring_view (mentor_id, uai, school_year, young_people) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (mentor_id, uai, school_year) DO UPDATE SET young_people = EXCLUDED.young_people",
                e.mentorId(), e.uai(), e.schoolYear(), e.youngPeople());
        jdbc.update("UPDATE mentor_view SET version = ? WHERE mentor_id = ?", version, e.mentorId());
    }
}
