package fr.ipe.mission.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reference views: member companies, IPE (with their personal data while they last), national priorities. */
@Repository
public class ReferenceRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReferenceRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CompanyView> company(String siret) {
        return jdbc.query(COMPANY_SELECT + " WHERE siret = ?", ReferenceRepository::companyRow, siret).stream()
                .findFirst();
    }

    public List<CompanyView> companies(String after, int limit) {
        return jdbc.query(COMPANY_SELECT + " WHERE siret > ? ORDER BY siret LIMIT ?", ReferenceRepository::companyRow,
                after == null ? "" : after, limit);
    }

    public Optional<IpeView> ipe(String ipeId) {
        return jdbc.query(IPE_SELECT + " WHERE ipe_id = ?", this::ipeRow, ipeId).stream().findFirst();
    }

    /** The IPE whose token username is {@code account}. */
    public Optional<IpeView> ipeOfAccount(String account) {
        return jdbc.query(IPE_SELECT + " WHERE account = ?", this::ipeRow, account).stream().findFirst();
    }

    public List<IpeView> ipes(String after, int limit) {
        return jdbc.query(IPE_SELECT + " WHERE ipe_id > ? ORDER BY ipe_id LIMIT ?", this::ipeRow,
                after == null ? "" : after, limit);
    }

    public Optional<PrioritiesView> priorities(int year) {
        return jdbc.query("SELECT document FROM priorities_view WHERE year = ?",
                (rs, i) -> read(rs.getString(1)), year).stream().findFirst();
    }

    public List<PrioritiesView> allPriorities() {
        return jdbc.query("SELECT document FROM priorities_view ORDER BY year", (rs, i) -> read(rs.getString(1)));
    }

    void saveCompany(CompanyView company) {
        jdbc.update("INSERT INTO company_view (siret, name, registered_on, version) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", company.siret(), company.name(), company.registeredOn(), company.version());
    }

    void saveIpe(String ipeId, String companySiret, LocalDate registeredOn, long version) {
        jdbc.update("INSERT INTO ipe_view (ipe_id, company_siret, registered_on, version) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", ipeId, companySiret, registeredOn, version);
    }

    /**
     * The IPE's personal data in clear. Its account was checked free before (IpeRegistration, under the account's
     * lock); the unique index {@code ipe_view_account} is the last guard, which the registration answers.
     */
    void saveIdentity(String ipeId, Identity identity, long version) {
        jdbc.update("UPDATE ipe_view SET name = ?, contact = ?, account = ?, version = ? WHERE ipe_id = ?"
                + " AND erased_on IS NULL", identity.name(), identity.contact(), identity.account(), version, ipeId);
    }

    /**
     * The IPE as it is, its row locked until the calling transaction ends (empty when there is no such IPE): every step
     * for an IPE (a candidature, a pre-selection, a selection, a delegation, its erasure) takes it first, so they happen
     * one after the other and each reads what the one before left.
     */
    public Optional<IpeView> lockedIpe(String ipeId) {
        return jdbc.query(IPE_SELECT + " WHERE ipe_id = ? FOR UPDATE", this::ipeRow, ipeId).stream().findFirst();
    }

    /**
     * Serialises the registrations that name {@code account} (a transaction-scoped advisory lock), so the second sees
     * the first's record when it checks the account is free.
     */
    public void lockAccount(String account) {
        long key = UUID.nameUUIDFromBytes(("ipe-account:" + account).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", key);
    }

    /** Forgets the IPE's personal data; its id, company and dates stay, so every count stays exact. */
    void erase(String ipeId, LocalDate erasedOn, long version) {
        jdbc.update("UPDATE ipe_view SET name = NULL, contact = NULL, account = NULL, erased_on = ?, version = ?"
                + " WHERE ipe_id = ?", erasedOn, version, ipeId);
    }

    void savePriorities(PrioritiesView priorities) {
        try {
            jdbc.update("INSERT INTO priorities_view (year, document) VALUES (?, ?::jsonb) ON CONFLICT DO NOTHING",
                    priorities.year(), json.writeValueAsString(priorities));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write priorities", e);
        }
    }

    private static final String IPE_SELECT = "SELECT ipe_id, company_siret, name, contact, account, registered_on,"
            + " erased_on, version FROM ipe_view";

    private static final String COMPANY_SELECT = "SELECT siret, name, registered_on, version FROM company_view";

    private IpeView ipeRow(ResultSet rs, int row) throws SQLException {
        return new IpeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                day(rs, 6), day(rs, 7), rs.getLong(8));
    }

    private static CompanyView companyRow(ResultSet rs, int row) throws SQLException {
        return new CompanyView(rs.getString(1), rs.getString(2), day(rs, 3), rs.getLong(4));
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private PrioritiesView read(String document) {
        try {
            return json.readValue(document, PrioritiesView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable priorities", e);
        }
    }
}
