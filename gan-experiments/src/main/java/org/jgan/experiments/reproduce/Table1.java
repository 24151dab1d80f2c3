package org.jgan.experiments.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jgan.experiments.mnist.PaperTable1;
import org.jgan.experiments.run.Report;

/**
 * Table 1 of Goodfellow et al. 2014 (Parzen window log-likelihood in nats, higher is better; ± is the standard
 * error over test examples) with this reproduction's row added, a Fashion-MNIST column the paper never had, and
 * for scale the protocol's score of the data itself ({@code parzen_ll_data}).
 */
final class Table1 {
    private Table1() {
    }

    /** Adds the table to {@code report}, our row from the {@code mnist} and {@code fashion-mnist} outcomes. */
    static void addTo(Report report, Optional<SubRunOutcome> mnist, Optional<SubRunOutcome> fashion) {
        List<List<?>> rows = new ArrayList<>();
        for (List<String> paper : PaperTable1.ROWS) {
            rows.add(List.of(paper.get(0), paper.get(1), paper.get(2), "—"));
        }
        rows.add(List.of("**Adversarial nets, this reproduction**", cell(mnist, ""), "not run (TFD is not public)",
                cell(fashion, "")));
        rows.add(List.of("for scale: the data itself, as many training images in place of samples",
                cell(mnist, "_data"), "—", cell(fashion, "_data")));
        report.table(List.of("model", "MNIST", "TFD", "Fashion-MNIST"), rows);
    }

    /** {@code parzen_ll} ± {@code parzen_se} of the outcome's summary, each key with {@code suffix}. */
    private static String cell(Optional<SubRunOutcome> outcome, String suffix) {
        if (outcome.isEmpty()) {
            return "not run";
        }
        SubRunOutcome o = outcome.get();
        if (o.status() != SubRunOutcome.Status.SUCCEEDED) {
            return o.status().name().toLowerCase(Locale.ROOT) + " (see below)";
        }
        String bold = suffix.isEmpty() ? "**" : "";
        return Target.number(o.summary(), "parzen_ll" + suffix).map(ll -> String.format(Locale.ROOT, "%s%.1f", bold,
                ll) + Target.number(o.summary(), "parzen_se" + suffix).map(se -> String.format(Locale.ROOT,
                " ± %.1f", se)).orElse("") + bold).orElse("missing");
    }
}
