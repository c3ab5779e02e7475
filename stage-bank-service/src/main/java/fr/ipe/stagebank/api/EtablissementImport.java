package fr.ipe.stagebank.api;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.web.Problems;
import fr.ipe.stagebank.domain.EtablissementCommands.RegisterEtablissement;
import fr.ipe.stagebank.query.EtablissementView;
import fr.ipe.stagebank.query.EtablissementViews;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Reads the rectorat's CSV of établissements (header {@code uai,bassin,kind,name,priorities}, priorities separated by
 * {@code |}) with Jackson's CSV reader, and checks every row before any is registered: a file with a bad row is
 * refused whole, with one error per bad row naming its line, field and rule.
 */
@Component
class EtablissementImport {

    static final List<String> COLUMNS = List.of("uai", "bassin", "kind", "name", "priorities");
    private static final int MAX_ERRORS_LISTED = 100;

    private final CsvMapper csv = new CsvMapper();
    private final EtablissementViews etablissements;
    private final int maxRows;

    EtablissementImport(EtablissementViews etablissements, @Value("${ipe.stage-bank.max-import-rows}") int maxRows) {
        this.etablissements = etablissements;
        this.maxRows = maxRows;
    }

    /** A file refused because of its rows: the 422 problem lists them. */
    static final class Rejected extends RuntimeException {
        private final transient List<Map<String, Object>> errors;

        Rejected(List<Map<String, Object>> errors) {
            super(errors.size() + " row(s) of the import are invalid; nothing was imported");
            this.errors = errors;
        }

        ProblemDetail problem() {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-import-rows",
                    "Invalid import rows", getMessage());
            problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_ERRORS_LISTED)));
            problem.setProperty("field", errors.get(0).get("field"));
            return problem;
        }
    }

    /** The commands of a valid file, one per row, for {@code academie}; throws {@link Rejected} otherwise. */
    List<RegisterEtablissement> commands(String academie, String text, LocalDate on) {
        List<Map<String, Object>> errors = new ArrayList<>();
        List<RegisterEtablissement> commands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(schema).readValues(text)) {
            List<String> header = new ArrayList<>();
            ((CsvSchema) rows.getParserSchema()).forEach(column -> header.add(column.getName()));
            if (!header.containsAll(COLUMNS.subList(0, 4))) {
                errors.add(error(1, "header", "import-header", "the header names the columns " + COLUMNS
                        + " (priorities may be left empty), not " + header));
                throw new Rejected(errors);
            }
            while (rows.hasNextValue()) {
                long line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                if (commands.size() + errors.size() >= maxRows) {
                    errors.add(error(line, "file", "import-too-large", "an import has at most " + maxRows + " rows"));
                    break;
                }
                row(academie, row, line, on, seen, errors).ifPresent(commands::add);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Rejected rejected) {
                throw rejected;
            }
            errors.add(error(0, "file", "csv", "unreadable CSV: " + unreadable.getMessage().lines().findFirst()
                    .orElse("")));
        }
        if (commands.isEmpty() && errors.isEmpty()) {
            errors.add(error(1, "file", "import-empty", "the file has no établissement"));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return commands;
    }

    private Optional<RegisterEtablissement> row(String academie, Map<String, String> row, long line, LocalDate on,
                                                Set<String> seen, List<Map<String, Object>> errors) {
        int before = errors.size();
        String uai = value(row, "uai");
        if (!Identifiers.isUai(uai)) {
            errors.add(error(line, "uai", "uai", "a UAI is 7 digits and a letter, not '" + uai + "'"));
        } else if (!seen.add(uai)) {
            errors.add(error(line, "uai", "uai-repeated", "UAI " + uai + " appears twice in the file"));
        } else {
            Optional<EtablissementView> known = etablissements.find(uai);
            if (known.isPresent() && !known.get().academie().equals(academie)) {
                errors.add(error(line, "uai", "etablissement-of-another-academie", "établissement " + uai
                        + " belongs to académie " + known.get().academie()));
            }
        }
        String bassin = value(row, "bassin");
        if (bassin.isEmpty() || bassin.length() > 100) {
            errors.add(error(line, "bassin", "bassin", "a bassin of 1 to 100 characters is required"));
        }
        String name = value(row, "name");
        if (name.isEmpty() || name.length() > 300) {
            errors.add(error(line, "name", "name", "a name of 1 to 300 characters is required"));
        }
        EtablissementKind kind = parse(EtablissementKind.class, value(row, "kind"));
        if (kind == null) {
            errors.add(error(line, "kind", "kind", "the kind is one of " + List.of(EtablissementKind.values())));
        }
        Set<PriorityFlag> priorities = EnumSet.noneOf(PriorityFlag.class);
        for (String flag : value(row, "priorities").split("\\|")) {
            if (!flag.isBlank()) {
                PriorityFlag parsed = parse(PriorityFlag.class, flag.strip());
                if (parsed == null) {
                    errors.add(error(line, "priorities", "priority-flag", "'" + flag.strip() + "' is not one of "
                            + List.of(PriorityFlag.values())));
                } else {
                    priorities.add(parsed);
                }
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RegisterEtablissement(uai, academie, bassin, kind, name, priorities, on));
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Object> error(long line, String field, String rule, String message) {
        return Map.of("line", line, "field", field, "rule", rule, "message", message);
    }
}
