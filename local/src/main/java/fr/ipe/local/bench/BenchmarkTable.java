package fr.ipe.local.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark command's table, as Markdown so that docs/performance.md keeps it as printed. */
final class BenchmarkTable {

    private final List<Figure> figures = new ArrayList<>();

    void add(Figure figure) {
        figures.add(figure);
        System.out.printf("  %s | %s | %s | %s%n", figure.path(), figure.measure(), figure.value(),
                figure.reference().isEmpty() ? "" : figure.reference() + " (ratio " + figure.ratio() + ")");
    }

    void addAll(List<Figure> more) {
        more.forEach(this::add);
    }

    void print(PrintStream out, String machine) {
        out.println();
        out.println("| path | measure | figure | in-run reference | ratio | target |");
        out.println("|---|---|---|---|---|---|");
        for (Figure f : figures) {
            out.printf("| %s | %s | %s | %s | %s | %s |%n", f.path(), f.measure(), f.value(), f.reference(),
                    f.ratio(), f.target());
        }
        out.println();
        out.println(machine);
    }
}
