package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.stagebank.domain.StageOffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code offer_view} table: each offer with its places reserved week by week. */
@Repository
public class OfferViews {

    private final JdbcTemplate jdbc;

    public OfferViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfferView> find(String offerId) {
        return jdbc.query("SELECT * FROM offer_view WHERE offer_id = ?", OfferViews::read, offerId).stream().findFirst();
    }

    /** Offers of an académie (all when null) in id order after {@code after}, by bassin, status, level, SIRET. */
    public List<OfferView> page(String academie, String bassin, StageOffer.Status status, StageLevel level,
                                String siret, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM offer_view WHERE offer_id > ?");
        List<Object> args = new ArrayList<>(List.of(after == null ? "" : after));
        if (academie != null) {
            sql.append(" AND academie = ?");
            args.add(academie);
        }
        if (bassin != null) {
            sql.append(" AND bassin = ?");
            args.add(bassin);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (level != null) {
            sql.append(" AND ? = ANY(levels)");
            args.add(level.name());
        }
        if (siret != null) {
            sql.append(" AND company_siret = ?");
            args.add(siret);
        }
        sql.append(" ORDER BY offer_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), OfferViews::read, args.toArray());
    }

    /**
     * The published offers of a bassin for {@code level} with a free place in one of {@code weeks}: matching's
     * candidates, found through the {@code (academie, bassin, status)} index and the GIN index on free weeks.
     */
    public List<OfferView> candidates(String academie, String bassin, StageLevel level, Collection<String> weeks) {
        return jdbc.query("SELECT * FROM offer_view WHERE academie = ? AND bassin = ? AND status = 'PUBLISHED'"
                        + " AND ? = ANY(levels) AND free_weeks && ?::int[]", OfferViews::read,
                academie, bassin, level.name(), SqlArrays.weeks(weeks));
    }

    /**
     * The published offers whose last week is {@code weekNumber} or earlier ({@link StageWeek#number()}): those whose
     * every week has begun when {@code weekNumber} is the current week.
     */
    public List<String> publishedEndingBy(int weekNumber) {
        return jdbc.queryForList("SELECT offer_id FROM offer_view WHERE status = 'PUBLISHED'"
                + " AND weeks[cardinality(weeks)] <= ? ORDER BY offer_id", String.class, weekNumber);
    }

    void published(StageOfferPublished e, long version) {
        List<Integer> weeks = SqlArrays.weekNumbers(e.weeks());
        jdbc.update("INSERT INTO offer_view (offer_id, academie, bassin, status, company_siret, company_name, sector,"
                        + " trade, levels, places_per_week, weeks, reserved, free_weeks, conditions, entered_by,"
                        + " published_on, version) VALUES (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?::text[], ?, ?::int[],"
                        + " ?::int[], ?::int[], ?, ?, ?, ?) ON CONFLICT (offer_id) DO NOTHING",
                e.offerId(), e.academie(), e.bassin(), e.companySiret(), e.companyName(), e.sector(), e.trade(),
                SqlArrays.labels(e.levels()), e.placesPerWeek(), SqlArrays.ints(weeks),
                SqlArrays.ints(weeks.stream().map(w -> 0).toList()), SqlArrays.ints(weeks), e.conditions(),
                e.enteredBy().name(), e.publishedOn(), version);
    }

    void status(String offerId, StageOffer.Status status, long version) {
        jdbc.update("UPDATE offer_view SET status = ?, version = ? WHERE offer_id = ?", status.name(), version, offerId);
    }

    void version(String offerId, long version) {
        jdbc.update("UPDATE offer_view SET version = ? WHERE offer_id = ?", version, offerId);
    }

    /** Adds {@code places} (negative to give them back) to the reserved places of {@code weeks}. */
    void reserve(String offerId, int places, Collection<String> weeks, long version) {
        OfferView offer = jdbc.query("SELECT * FROM offer_view WHERE offer_id = ? FOR UPDATE", OfferViews::read, offerId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("offer " + offerId
                + " has events but no view"));
        List<Integer> taken = SqlArrays.weekNumbers(weeks);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> reserved = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (OfferView.WeekPlaces week : offer.weeks()) {
            int number = StageWeek.parse(week.week()).number();
            int now = week.places() - week.free() + (taken.contains(number) ? places : 0);
            numbers.add(number);
            reserved.add(now);
            if (now < week.places()) {
                free.add(number);
            }
        }
        jdbc.update("UPDATE offer_view SET reserved = ?::int[], free_weeks = ?::int[], version = ? WHERE offer_id = ?",
                SqlArrays.ints(reserved), SqlArrays.ints(free), version, offerId);
    }

    private static OfferView read(ResultSet rs, int row) throws SQLException {
        int placesPerWeek = rs.getInt("places_per_week");
        List<Integer> weeks = SqlArrays.readInts(rs.getArray("weeks"));
        List<Integer> reserved = SqlArrays.readInts(rs.getArray("reserved"));
        List<OfferView.WeekPlaces> places = new ArrayList<>(weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            places.add(new OfferView.WeekPlaces(StageWeek.ofNumber(weeks.get(i)).toString(), placesPerWeek,
                    placesPerWeek - reserved.get(i)));
        }
        return new OfferView(rs.getString("offer_id"), rs.getString("academie"), rs.getString("bassin"),
                StageOffer.Status.valueOf(rs.getString("status")), rs.getString("company_siret"),
                rs.getString("company_name"), rs.getString("sector"), rs.getString("trade"),
                SqlArrays.readLabels(rs.getArray("levels"), StageLevel.class), placesPerWeek, places,
                rs.getString("conditions"), OfferEntrant.valueOf(rs.getString("entered_by")),
                rs.getDate("published_on").toLocalDate(), rs.getLong("version"));
    }
}
