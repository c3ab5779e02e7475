package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.StageWeek;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL array literals for the views' week and label columns (bound as text, cast in SQL). */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String ints(Collection<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Week numbers ({@code 202610}) of weeks written {@code 2026-W10}. */
    public static String weeks(Collection<String> weeks) {
        return ints(weekNumbers(weeks));
    }

    public static List<Integer> weekNumbers(Collection<String> weeks) {
        return weeks.stream().map(w -> StageWeek.parse(w).number()).sorted().toList();
    }

    /** Labels are enum names, never quoted or escaped characters. */
    public static String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    public static List<Integer> readInts(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }

    public static List<String> readWeeks(Array array) throws SQLException {
        return readInts(array).stream().map(n -> StageWeek.ofNumber(n).toString()).toList();
    }

    public static <E extends Enum<E>> List<E> readLabels(Array array, Class<E> type) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(s -> Enum.valueOf(type, s)).toList();
    }
}
