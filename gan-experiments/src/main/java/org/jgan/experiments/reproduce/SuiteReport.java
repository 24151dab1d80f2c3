package org.jgan.experiments.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jgan.experiments.reproduce.SubRun.Section;
import org.jgan.experiments.reproduce.SubRunOutcome.Status;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/**
 * report.md of {@code ./gan reproduce}: the outcome of every sub-run, then per section every target's number beside
 * the paper's with its verdict, the mixture table, Table 1 with our row, the sub-runs' figures (linked from their
 * directories), and the command that repeats each sub-run. Also summary.json with the counts.
 */
final class SuiteReport {
    /** Characters of a note shown in the outcome table. */
    private static final int NOTE_CELL = 90;

    private final RunDirectory directory;
    private final List<SubRunOutcome> outcomes;

    SuiteReport(RunDirectory directory, List<SubRunOutcome> outcomes) {
        this.directory = directory;
        this.outcomes = List.copyOf(outcomes);
    }

    /** Every sub-run succeeded (a skipped one is neither). */
    boolean allSucceeded() {
        return outcomes.stream().noneMatch(o -> o.status() == Status.FAILED);
    }

    /** The counts for summary.json: sub-runs by status, targets by verdict. */
    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("sub_runs", outcomes.size());
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), outcomes.stream().filter(o -> o.status() == status)
                    .count());
        }
        long met = 0;
        long missed = 0;
        for (SubRunOutcome o : succeeded()) {
            for (Target t : o.run().targets()) {
                Optional<Boolean> verdict = t.met(o.summary());
                met += verdict.filter(v -> v).isPresent() ? 1 : 0;
                missed += verdict.filter(v -> !v).isPresent() ? 1 : 0;
            }
        }
        counts.put("targets_met", met);
        counts.put("targets_missed", missed);
        return counts;
    }

    /**
     * Writes report.md and summary.json.
     *
     * @param command what was run, e.g. {@code ./gan reproduce --quick}
     * @param scope   what the mode runs and leaves out, one paragraph
     * @param seconds the suite's wall time
     */
    void write(String command, String scope, double seconds) {
        Map<String, Object> counts = counts();
        directory.writeJson(RunDirectory.SUMMARY, counts);
        Report report = Report.titled("Reproduction of Goodfellow et al. 2014 and the benchmarks around it")
                .paragraph("Produced by `" + command + "` in " + duration(seconds) + " (wall time, "
                        + Runtime.getRuntime().availableProcessors() + " cores). " + scope)
                .paragraph(String.format(Locale.ROOT, "%d sub-runs: %d succeeded, %d failed, %d skipped. Targets: %d "
                                + "met, %d missed.", counts.get("sub_runs"), counts.get("succeeded"),
                        counts.get("failed"), counts.get("skipped"), counts.get("targets_met"),
                        counts.get("targets_missed")));
        report.table(List.of("sub-run", "experiment", "status", "time", "targets met", "note"), outcomes.stream()
                .<List<?>>map(o -> List.of("`" + o.run().directory() + "`", o.run().experiment(),
                        o.status().name().toLowerCase(Locale.ROOT),
                        o.status() == Status.SUCCEEDED ? duration(o.seconds()) : "—", targetsMet(o),
                        shortNote(o.note())))
                .toList());
        for (Section section : Section.values()) {
            List<SubRunOutcome> inSection = outcomes.stream().filter(o -> o.run().section() == section).toList();
            if (!inSection.isEmpty()) {
                section(report, section, inSection);
            }
        }
        report.section("Commands")
                .paragraph("Each sub-run is an ordinary run directory; the same run on its own:");
        StringBuilder commands = new StringBuilder("```\n");
        for (SubRunOutcome o : outcomes) {
            commands.append(o.run().command(directory.root().toString(), o.applied())).append('\n');
        }
        report.paragraph(commands.append("```").toString());
        List<String> ignored = outcomes.stream().filter(o -> !o.ignored().isEmpty())
                .map(o -> "`" + o.run().directory() + "` does not declare " + String.join(", ", o.ignored())
                        + "; it ran with its own defaults for those.").toList();
        if (!ignored.isEmpty()) {
            report.paragraph(String.join("\n\n", ignored));
        }
        report.writeTo(directory);
    }

    private void section(Report report, Section section, List<SubRunOutcome> inSection) {
        report.section(section.heading());
        if (section == Section.MIXTURES) {
            MixtureTable.addTo(report, inSection);
        }
        if (section == Section.IMAGES) {
            Table1.addTo(report, find(inSection, "mnist"), find(inSection, "fashion-mnist"));
        }
        List<List<?>> rows = new ArrayList<>();
        for (SubRunOutcome o : inSection) {
            boolean ran = o.status() == Status.SUCCEEDED;
            for (Target t : o.run().targets()) {
                rows.add(List.of("`" + o.run().directory() + "`", t.label(),
                        ran ? t.ours(o.summary()) : o.status().name().toLowerCase(Locale.ROOT), t.paper(),
                        t.goal().describe(o.summary()), ran ? verdict(t, o.summary()) : "—"));
            }
        }
        if (!rows.isEmpty()) {
            report.table(List.of("sub-run", "quantity", "ours", "paper / theory", "target", "met"), rows);
        }
        for (SubRunOutcome o : inSection) {
            if (o.status() != Status.SUCCEEDED) {
                report.paragraph("`" + o.run().directory() + "` (" + o.run().title() + "): "
                        + o.status().name().toLowerCase(Locale.ROOT) + " — " + o.note());
            }
        }
        for (SubRunOutcome o : inSection) {
            for (String png : plots(o)) {
                report.figure(o.run().directory() + ": " + o.run().title() + " (" + png + ")",
                        o.run().directory() + "/" + RunDirectory.PLOTS + "/" + png);
            }
        }
    }

    private static Optional<SubRunOutcome> find(List<SubRunOutcome> outcomes, String directoryName) {
        return outcomes.stream().filter(o -> o.run().directory().equals(directoryName)).findFirst();
    }

    /** The PNG files in a succeeded sub-run's plots/, sorted by name. */
    private List<String> plots(SubRunOutcome outcome) {
        Path plots = directory.root().resolve(outcome.run().directory()).resolve(RunDirectory.PLOTS);
        if (outcome.status() != Status.SUCCEEDED || !Files.isDirectory(plots)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plots)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + plots, e);
        }
    }

    private List<SubRunOutcome> succeeded() {
        return outcomes.stream().filter(o -> o.status() == Status.SUCCEEDED).toList();
    }

    private static String targetsMet(SubRunOutcome o) {
        long checked = o.run().targets().stream().filter(t -> !(t.goal() instanceof Target.Shown)).count();
        if (o.status() != Status.SUCCEEDED || checked == 0) {
            return "—";
        }
        long met = o.run().targets().stream().filter(t -> t.met(o.summary()).orElse(false)).count();
        return met + " of " + checked;
    }

    private static String verdict(Target target, Map<String, Object> summary) {
        if (target.goal() instanceof Target.Shown) {
            return "—";
        }
        return target.met(summary).map(met -> met ? "yes" : "**no**").orElse("not checked (missing key)");
    }

    /** The first line of a note, cut to fit a table cell; the section below the table has it in full. */
    private static String shortNote(String note) {
        String line = note.lines().findFirst().orElse("").replace("|", "\\|");
        return line.length() <= NOTE_CELL ? line : line.substring(0, NOTE_CELL) + " …";
    }

    private static String duration(double seconds) {
        return seconds < 120 ? String.format(Locale.ROOT, "%.0f s", seconds)
                : String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }
}
