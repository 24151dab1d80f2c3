package org.jgan.experiments.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Markdown report under construction: headings, prose, tables and figures, written as report.md.
 */
public final class Report {
    private final StringBuilder text = new StringBuilder();

    /** A report starting with a level-1 title. */
    public static Report titled(String title) {
        Report report = new Report();
        report.text.append("# ").append(title).append("\n\n");
        return report;
    }

    /** A level-2 heading. */
    public Report section(String heading) {
        text.append("## ").append(heading).append("\n\n");
        return this;
    }

    /** A paragraph. */
    public Report paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    /** A two-column table of names and values. */
    public Report keyValues(String keyHeader, String valueHeader, Map<String, ?> values) {
        text.append("| ").append(keyHeader).append(" | ").append(valueHeader).append(" |\n|---|---|\n");
        values.forEach((k, v) -> text.append("| `").append(k).append("` | ").append(format(v)).append(" |\n"));
        text.append('\n');
        return this;
    }

    /** A table with a header row. */
    public Report table(List<String> header, List<List<?>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n|");
        text.append("---|".repeat(header.size())).append('\n');
        for (List<?> row : rows) {
            text.append("| ");
            for (Object cell : row) {
                text.append(format(cell)).append(" | ");
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        text.append('\n');
        return this;
    }

    /** An image, by its path relative to the run directory. */
    public Report figure(String caption, String relativePath) {
        text.append("![").append(caption).append("](").append(relativePath).append(")\n\n*").append(caption)
                .append("*\n\n");
        return this;
    }

    /** Writes report.md into the run directory. */
    public void writeTo(RunDirectory directory) {
        directory.writeText(RunDirectory.REPORT, text.toString());
    }

    /** Numbers with up to 7 significant digits; everything else as text. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.7g", d);
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
