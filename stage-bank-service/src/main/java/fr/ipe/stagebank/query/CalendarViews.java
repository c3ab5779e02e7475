package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.StageWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calendar of a bassin: week by week, the places the published offers give and those still free, against the
 * pupils the open needs ask places for and those still unmet; so the rectorat sees which weeks are crowded and which
 * companies to ask for other weeks (planning over the year lets one offer serve more pupils).
 */
@Repository
public class CalendarViews {

    /** One week of the calendar. */
    public record CalendarWeek(String week, long placesOffered, long placesFree, long pupilsRequested,
                               long pupilsUnmet) {
    }

    private final JdbcTemplate jdbc;

    public CalendarViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarWeek> of(String academie, String bassin, StageWeek from, StageWeek to) {
        Map<Integer, long[]> weeks = new TreeMap<>();
        jdbc.query("SELECT w.week, sum(o.places_per_week), sum(o.places_per_week - o.reserved[w.i])"
                        + " FROM offer_view o, unnest(o.weeks) WITH ORDINALITY AS w(week, i)"
                        + " WHERE o.academie = ? AND o.bassin = ? AND o.status = 'PUBLISHED' AND w.week BETWEEN ? AND ?"
                        + " GROUP BY w.week", rs -> {
                    long[] figures = weeks.computeIfAbsent(rs.getInt(1), k -> new long[4]);
                    figures[0] = rs.getLong(2);
                    figures[1] = rs.getLong(3);
                }, academie, bassin, from.number(), to.number());
        jdbc.query("SELECT w.week, sum(n.pupils), sum(greatest(n.pupils - n.placed, 0))"
                        + " FROM need_view n, unnest(n.weeks) AS w(week)"
                        + " WHERE n.academie = ? AND n.bassin = ? AND n.status = 'OPEN' AND w.week BETWEEN ? AND ?"
                        + " GROUP BY w.week", rs -> {
                    long[] figures = weeks.computeIfAbsent(rs.getInt(1), k -> new long[4]);
                    figures[2] = rs.getLong(2);
                    figures[3] = rs.getLong(3);
                }, academie, bassin, from.number(), to.number());
        List<CalendarWeek> calendar = new ArrayList<>();
        weeks.forEach((week, f) -> calendar.add(new CalendarWeek(StageWeek.ofNumber(week).toString(), f[0], f[1], f[2],
                f[3])));
        return calendar;
    }
}
