package fr.ipe.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fault suite's report: per fault, the load it ran under and how the views compared with the event store after. */
final class FaultReport {

    record Row(String fault, ConventionLoad.Counts load, long storedDuringFault, Reconciliation.Snapshot after,
               double secondsToAgree, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
    }

    /** A finding that is no fault row: live pushes per instance, limits across gateways. */
    synchronized void note(String note) {
        notes.add(note);
    }

    synchronized String markdown() {
        StringBuilder out = new StringBuilder("# Fault suite report\n\n")
                .append("Counts of events are cumulative over the run (the store, the topic and the view are compared "
                        + "as a whole after each fault); \"stored during\" is what the fault's load added.\n\n")
                .append("| fault | commands sent | accepted | events stored during | events stored | "
                        + "events published (records on topic) | events applied | differences | agreed after | note |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            Reconciliation.Snapshot s = row.after();
            out.append("| ").append(row.fault())
                    .append(" | ").append(row.load().sent())
                    .append(" | ").append(row.load().accepted())
                    .append(" | ").append(row.storedDuringFault())
                    .append(" | ").append(s.eventsStored())
                    .append(" | ").append(s.eventsPublished()).append(" (").append(s.recordsOnTopic()).append(")")
                    .append(" | ").append(s.eventsApplied())
                    .append(" | ").append(s.differences().size())
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f s", row.secondsToAgree()))
                    .append(" | ").append(row.note() == null ? "" : row.note())
                    .append(" |\n");
        }
        for (Row row : rows) {
            if (!row.after().agrees()) {
                out.append("\n## Differences after: ").append(row.fault()).append('\n');
                row.after().differences().forEach(d -> out.append("- ").append(d).append('\n'));
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n## Across instances\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }
}
