package fr.ipe.reporting.bilan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bilan's exports, made with maintained libraries: CSV with Apache Commons CSV, the printable table (laid out like
 * the 2007 national table: one line per figure, themes below the actions) as PDF with OpenPDF, and the year-on-year
 * chart as PNG with JFreeChart.
 */
final class BilanDocuments {

    /** One line of the table: its label, and the figure as text. */
    record Line(String label, String value, boolean theme) {
    }

    private BilanDocuments() {
    }

    static List<Line> lines(Bilan bilan) {
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.FRANCE);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("IPE (équivalent temps plein, arrondi)", whole.format(bilan.ipeFullTimeEquivalentRounded()), false));
        lines.add(new Line("IPE (équivalent temps plein = mois / 12)", decimal(bilan.ipeFullTimeEquivalent()), false));
        lines.add(new Line("IPE (personnes en activité)", whole.format(bilan.ipeHeadcount()), false));
        lines.add(new Line("Mois d'activité", decimal(bilan.monthsOfActivity()), false));
        lines.add(new Line("Actions", whole.format(bilan.actions()), false));
        for (Bilan.ThemeLine theme : bilan.actionsByTheme()) {
            lines.add(new Line(theme.label(), whole.format(theme.actions()), true));
        }
        lines.add(new Line("dont actions nationales", whole.format(bilan.nationalActions()), false));
        lines.add(new Line("Établissements", whole.format(bilan.etablissements()), false));
        lines.add(new Line("Jeunes", whole.format(bilan.youngPeople()), false));
        lines.add(new Line("dont filles", whole.format(bilan.girls()), false));
        lines.add(new Line("dont garçons", whole.format(bilan.boys()), false));
        lines.add(new Line("Enseignants et personnels", whole.format(bilan.staff()), false));
        lines.add(new Line("dont femmes", whole.format(bilan.staffWomen()), false));
        lines.add(new Line("dont hommes", whole.format(bilan.staffMen()), false));
        lines.add(new Line("Entreprises", whole.format(bilan.companies()), false));
        lines.add(new Line("Organisations professionnelles", whole.format(bilan.professionalOrganisations()), false));
        lines.add(new Line("Académies ayant rendu compte", bilan.academiesReported().size() + " : "
                + String.join(", ", bilan.academiesReported()), false));
        return lines;
    }

    static String title(Bilan bilan) {
        return "Bilan quantitatif " + bilan.period() + " — " + (bilan.academie() == null ? "national"
                : "académie " + bilan.academie());
    }

    /** CSV: a header, then one record per line of the table; figures are plain numbers (a point for decimals). */
    static String csv(Bilan bilan) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("line", "theme", "value").get())) {
            csv.printRecord("ipe-full-time-equivalent-rounded", "", bilan.ipeFullTimeEquivalentRounded());
            csv.printRecord("ipe-full-time-equivalent", "", bilan.ipeFullTimeEquivalent().toPlainString());
            csv.printRecord("ipe-headcount", "", bilan.ipeHeadcount());
            csv.printRecord("months-of-activity", "", bilan.monthsOfActivity().toPlainString());
            csv.printRecord("actions", "", bilan.actions());
            for (Bilan.ThemeLine theme : bilan.actionsByTheme()) {
                csv.printRecord("actions-by-theme", theme.theme(), theme.actions());
            }
            csv.printRecord("national-actions", "", bilan.nationalActions());
            csv.printRecord("etablissements", "", bilan.etablissements());
            csv.printRecord("young-people", "", bilan.youngPeople());
            csv.printRecord("girls", "", bilan.girls());
            csv.printRecord("boys", "", bilan.boys());
            csv.printRecord("staff", "", bilan.staff());
            csv.printRecord("staff-women", "", bilan.staffWomen());
            csv.printRecord("staff-men", "", bilan.staffMen());
            csv.printRecord("companies", "", bilan.companies());
            csv.printRecord("professional-organisations", "", bilan.professionalOrganisations());
            csv.printRecord("academies-reported", "", String.join(" ", bilan.academiesReported()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The printable table, A4, like the 2007 national table. */
    static byte[] pdf(Bilan bilan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle(title(bilan));
            Paragraph heading = new Paragraph(title(bilan), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14));
            heading.setSpacingAfter(12);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[] {4, 1.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            table.addCell(cell("Indicateur", bold, Element.ALIGN_LEFT, new Color(0xDD, 0xE4, 0xEE)));
            table.addCell(cell(bilan.period(), bold, Element.ALIGN_RIGHT, new Color(0xDD, 0xE4, 0xEE)));
            for (Line line : lines(bilan)) {
                PdfPCell label = cell(line.theme() ? "    " + line.label() : line.label(), line.theme() ? small : plain,
                        Element.ALIGN_LEFT, null);
                table.addCell(label);
                table.addCell(cell(line.value(), line.theme() ? small : plain, Element.ALIGN_RIGHT, null));
            }
            document.add(table);
            Paragraph note = new Paragraph("IPE : équivalent temps plein = mois d'activité / 12 (le tableau de 2007 "
                    + "imprimait 53 pour 639,8 mois) ; établissements : chaque UAI une fois, plus ceux qu'une action "
                    + "compte sans les nommer. Une action compte dans l'année civile et l'année scolaire de son dernier "
                    + "jour.", small);
            note.setSpacingBefore(10);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the bilan", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A bar chart of each line, the earlier period beside the later one, with the change in the category label. */
    static byte[] comparisonChart(BilanComparison comparison) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BilanComparison.Line line : comparison.lines()) {
            if (line.line().equals("ipeFullTimeEquivalent") || line.line().equals("monthsOfActivity")
                    || line.line().equals("actions") || line.line().equals("etablissements")
                    || line.line().equals("companies")) {
                String label = line.line() + (line.changePercent() == null ? "" : " ("
                        + (line.changePercent().signum() >= 0 ? "+" : "") + line.changePercent() + " %)");
                data.addValue(line.previous(), comparison.previousPeriod(), label);
                data.addValue(line.current(), comparison.period(), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Bilan " + comparison.period() + " / "
                        + comparison.previousPeriod() + (comparison.academie() == null ? " (national)"
                        : " (" + comparison.academie() + ")"), null, null, data, PlotOrientation.HORIZONTAL, true,
                false, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, 900, 520);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static PdfPCell cell(String text, Font font, int align, Color background) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
