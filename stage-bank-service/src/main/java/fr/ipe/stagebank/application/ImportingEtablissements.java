package fr.ipe.stagebank.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.RequestText;
import fr.ipe.stagebank.domain.EtablissementCommands.Outcome;
import fr.ipe.stagebank.domain.EtablissementCommands.RegisterEtablissement;
import fr.ipe.stagebank.query.EtablissementViews;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the rectorat's CSV of établissements (UTF-8, a byte-order mark accepted; header
 * {@code uai,bassin,kind,name,priorities}, priorities separated by {@code |}), read with Jackson's CSV reader. Every
 * row is checked before any is registered: a file with a bad row is refused whole, with one error per bad row naming
 * its line, field and rule. A valid file is registered in one transaction: all its rows, or none if anything fails;
 * imports run one at a time. That a UAI registered in another académie is refused is the établissement's own rule
 * (409); the rows are checked against {@link RegisteredEtablissements} first so that the file's every error is named.
 */
@Component
public class ImportingEtablissements {

    static final List<String> COLUMNS = List.of("uai", "bassin", "kind", "name", "priorities");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 4);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private final RegisteredEtablissements registered;
    private final EtablissementViews etablissements;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final StageBankAccess access;
    private final BusinessClock clock;
    private final int maxRows;

    ImportingEtablissements(RegisteredEtablissements registered, EtablissementViews etablissements,
                            CommandGateway commands, TransactionTemplate transactions, StageBankAccess access,
                            BusinessClock clock, @Value("${ipe.stage-bank.max-import-rows}") int maxRows) {
        this.registered = registered;
        this.etablissements = etablissements;
        this.commands = commands;
        this.transactions = transactions;
        this.access = access;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** What an import did: établissements registered, changed, and already up to date. */
    public record ImportReport(String academie, int rows, int registered, int changed, int unchanged) {
    }

    /** A file refused because of its rows, each error naming its line, field and rule: nothing was imported. */
    public static final class Rejected extends RuntimeException {
        private final transient List<Map<String, Object>> errors;

        Rejected(List<Map<String, Object>> errors) {
            super(errors.size() + " error(s) in the file; nothing was imported");
            this.errors = List.copyOf(errors);
        }

        public List<Map<String, Object>> errors() {
            return errors;
        }
    }

    /**
     * Checks every row of {@code file} for the académie's rectorat, then registers them all in one transaction;
     * throws {@link Rejected}.
     */
    public ImportReport importFile(String academie, byte[] file) {
        access.requireManage(academie);
        List<RegisterEtablissement> rows = commands(academie, text(file), clock.today());
        return transactions.execute(transaction -> {
            etablissements.serialiseImports();
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            for (RegisterEtablissement row : rows) {
                outcomes.merge(commands.sendAndWait(row), 1, Integer::sum);
            }
            return new ImportReport(academie, rows.size(), outcomes.getOrDefault(Outcome.REGISTERED, 0),
                    outcomes.getOrDefault(Outcome.CHANGED, 0), outcomes.getOrDefault(Outcome.UNCHANGED, 0));
        });
    }

    /**
     * The file as text: UTF-8, decoded strictly so that a file saved in another encoding (Latin-1, Windows-1252) is
     * refused naming the line of its first foreign byte, rather than stored with U+FFFD in place of its accents; the
     * byte-order mark spreadsheets write is dropped.
     */
    static String text(byte[] file) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                line += file[i] == '\n' ? 1 : 0;
            }
            throw new Rejected(List.of(error(line, "file", "utf-8", String.format("the file is not UTF-8: byte 0x%02X "
                    + "on line %d is not UTF-8 (a file saved as Latin-1 or Windows-1252?); save it as CSV UTF-8",
                    file[at] & 0xFF, line))));
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The commands of a valid file, one per row, for {@code academie}; throws {@link Rejected} otherwise. */
    List<RegisterEtablissement> commands(String academie, String text, LocalDate on) {
        List<Map<String, Object>> errors = new ArrayList<>();
        List<RegisterEtablissement> commands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long line = 1;
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(text)) {
            if (!rows.hasNextValue()) {
                throw new Rejected(List.of(error(1, "file", "import-empty", "the file has no établissement")));
            }
            Map<String, Integer> columns = header(rows.nextValue());
            int read = 0;
            while (rows.hasNextValue()) {
                line = rows.getCurrentLocation().getLineNr();
                String[] row = rows.nextValue();
                if (++read > maxRows) {
                    errors.add(error(line, "file", "import-too-large", "an import has at most " + maxRows + " rows"));
                    break;
                }
                row(academie, row, columns, line, on, seen, errors).ifPresent(commands::add);
            }
        } catch (JsonProcessingException unreadable) {
            long at = unreadable.getLocation() == null ? line : unreadable.getLocation().getLineNr();
            errors.add(error(at, "file", "csv", "line " + at + " cannot be read as CSV: "
                    + unreadable.getOriginalMessage()));
        } catch (IOException unreadable) {
            errors.add(error(line, "file", "csv", "the file cannot be read as CSV: " + unreadable.getMessage()));
        }
        if (commands.isEmpty() && errors.isEmpty()) {
            errors.add(error(1, "file", "import-empty", "the file has no établissement"));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return commands;
    }

    /**
     * The position of each column the header names, in its order; blank header cells (a trailing separator) are
     * ignored.
     */
    private static Map<String, Integer> header(String[] header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            int control = controlCharacterAt(header[i]);
            if (control >= 0) {
                errors.add(controlCharacter(1, "header", header[i], control));
            } else if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                errors.add(error(1, "header", "import-header", "the header names column " + name + " twice"));
            }
        }
        if (errors.isEmpty() && !columns.keySet().containsAll(REQUIRED)) {
            errors.add(error(1, "header", "import-header", "the header names the columns " + COLUMNS
                    + " (priorities may be left empty), not " + List.of(header)));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return columns;
    }

    private Optional<RegisterEtablissement> row(String academie, String[] row, Map<String, Integer> columns, long line,
                                                LocalDate on, Set<String> seen, List<Map<String, Object>> errors) {
        int before = errors.size();
        int width = columns.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        for (int i = width; i < row.length; i++) {
            if (!row[i].isBlank()) {
                errors.add(error(line, "column " + (i + 1), "row-fields", "line " + line + " has " + row.length
                        + " fields, the header names " + width + " columns"));
                break;
            }
        }
        Map<String, String> cells = new HashMap<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String cell = column.getValue() < row.length ? row[column.getValue()] : "";
            int control = controlCharacterAt(cell);
            if (control >= 0) {
                errors.add(controlCharacter(line, column.getKey(), cell, control));
            }
            cells.put(column.getKey(), cell.strip());
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String uai = cells.get("uai");
        if (!Identifiers.isUai(uai)) {
            errors.add(error(line, "uai", "uai", "a UAI is 7 digits and a letter, not '" + uai + "'"));
        } else if (!Identifiers.isCheckedUai(uai)) {
            errors.add(error(line, "uai", "uai-check-letter", "the check letter of " + uai.substring(0, 7) + " is "
                    + Identifiers.uaiCheckLetter(uai.substring(0, 7)) + ", so its UAI is " + uai.substring(0, 7)
                    + Identifiers.uaiCheckLetter(uai.substring(0, 7)) + ", not " + uai));
        } else if (!seen.add(uai)) {
            errors.add(error(line, "uai", "uai-repeated", "UAI " + uai + " appears twice in the file"));
        } else {
            Optional<String> known = registered.academieOf(uai);
            if (known.isPresent() && !known.get().equals(academie)) {
                errors.add(error(line, "uai", "etablissement-of-another-academie", "établissement " + uai
                        + " belongs to académie " + known.get()));
            }
        }
        String bassin = cells.get("bassin");
        if (bassin.isEmpty() || bassin.length() > 100) {
            errors.add(error(line, "bassin", "bassin", "a bassin of 1 to 100 characters is required"));
        }
        EtablissementKind kind = parse(EtablissementKind.class, cells.get("kind"));
        if (kind == null) {
            errors.add(error(line, "kind", "kind", "the kind is one of " + List.of(EtablissementKind.values())));
        }
        String name = cells.get("name");
        if (name.isEmpty() || name.length() > 300) {
            errors.add(error(line, "name", "name", "a name of 1 to 300 characters is required"));
        }
        Set<PriorityFlag> priorities = EnumSet.noneOf(PriorityFlag.class);
        for (String flag : cells.getOrDefault("priorities", "").split("\\|")) {
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

    /**
     * The API's control-character rule ({@link RequestText}) for a cell, which is a one-line value: no C0 character
     * but tab (so no line break in a quoted cell either), no DEL, no C1. NUL in particular cannot be stored.
     */
    private static int controlCharacterAt(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> controlCharacter(long line, String field, String cell, int at) {
        return error(line, field, RequestText.RULE, String.format("%s must not contain control characters (U+%04X at "
                + "position %d of line %d)", field, (int) cell.charAt(at), at + 1, line));
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
