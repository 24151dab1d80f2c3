package org.jgan.experiments.mnist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of the {@code mnist} experiment: Table 1 with this run's row, Figures 2 and 3, the training curves. */
final class MnistReport {
    private MnistReport() {
    }

    static void write(RunDirectory directory, Config config, KnownDataset dataset, Map<String, Object> summary,
                      ClassBreakdown classes) {
        Map<String, Object> settings = config.asMap();
        String ours = String.format(Locale.ROOT, "**%.1f ± %.1f**", number(summary, "parzen_ll"),
                number(summary, "parzen_se"));
        String trained = String.format(Locale.ROOT, "%s epochs (%s generator updates) in %.0f s on %d cores",
                decimal(summary, "epochs"), summary.get("iterations"), number(summary, "train_seconds"),
                Runtime.getRuntime().availableProcessors());
        String row = "Adversarial nets, jgan (this run: " + trained + ")";
        List<String> dataRow = List.of("for scale: the first " + settings.get("parzen-samples")
                + " training images in place of generated samples", String.format(Locale.ROOT, "%.1f ± %.1f",
                number(summary, "parzen_ll_data"), number(summary, "parzen_se_data")));
        Report report = Report.titled(dataset + ": Goodfellow et al. 2014, Table 1 and Figures 2–3");
        report.paragraph("The authors' MNIST model and protocol (`mnist.yaml`, `parzen_ll.py`; the paper's values"
                + " are the defaults): model `" + settings.get("model") + "`, noise `" + settings.get("noise")
                + "`, loss `" + settings.get("loss") + "`, update `" + settings.get("update") + "`, SGD lr "
                + settings.get("learning-rate") + " / " + settings.get("lr-decay") + "^t (floor "
                + settings.get("lr-floor") + "), momentum " + settings.get("momentum-start") + " → "
                + settings.get("momentum-end") + " over epochs 1.." + settings.get("momentum-saturate-epoch")
                + ", batches of " + settings.get("batch-size") + " from the first 50,000 training images in a fresh"
                + " order every epoch. The Parzen window log-likelihood uses " + settings.get("parzen-samples")
                + " generated samples as centres (the paper: 10000), σ chosen from logspace(−1, 0, 10) on the first 1,000 images of train[50000:60000], and the mean over the 10,000"
                + " test images ± its standard error.");
        Map<String, Object> provenance = directory.readJson(RunDirectory.PROVENANCE);
        if (provenance.containsKey("forked_from")) {
            String changes = ((Map<?, ?>) provenance.get("fork_changes")).entrySet().stream()
                    .map(change -> "`" + change.getKey() + "` " + change.getValue()).collect(Collectors.joining(", "));
            report.paragraph("This run is a fork (`./gan fork`) of `" + provenance.get("forked_from") + "` from its "
                    + provenance.get("fork_checkpoint") + " checkpoint at iteration " + provenance.get("fork_iteration")
                    + ", changing " + (changes.isEmpty() ? "nothing" : changes) + ". Its history up to that iteration"
                    + " is the source's; its training time is of the part after it.");
        }
        if (dataset == KnownDataset.MNIST) {
            List<List<?>> rows = new ArrayList<>(PaperTable1.ROWS);
            rows.add(List.of(row, ours, "—"));
            rows.add(List.of(dataRow.get(0), dataRow.get(1), "—"));
            report.section("Table 1: Parzen window log-likelihood (nats; higher is better)")
                    .table(List.of("model", "MNIST", "TFD"), rows);
        } else {
            report.section("Parzen window log-likelihood on " + dataset + " (nats; higher is better)")
                    .paragraph("The paper did not train on " + dataset + "; the same model and protocol give:")
                    .table(List.of("model", dataset.toString()), List.of(List.of(row, ours), dataRow));
        }
        report.paragraph(String.format(Locale.ROOT, "Scored checkpoint: the best of the Parzen monitor (%s generated"
                        + " centres, %s validation images, every %s iterations) after iteration 0, at iteration %s"
                        + " (epoch %s; monitor %.1f nats). The last checkpoint scores %.1f ± %.1f. For scale, the"
                        + " untrained G, which draws about the mean image, scores %.1f nats on the monitor. The paper"
                        + " states neither its number of epochs nor which epoch it scored.",
                        settings.get("monitor-samples"), settings.get("monitor-images"),
                        settings.get("monitor-every"), summary.get("monitor_best_iteration"),
                        decimal(summary, "scored_epoch"), number(summary, "monitor_best_ll"),
                        number(summary, "parzen_ll_last"), number(summary, "parzen_se_last"),
                        number(summary, "monitor_initial_ll")))
                .figure("Figure 2: fair random samples (seed " + settings.get("seed") + ", EVAL draw "
                        + EvalDraw.FIGURE_2.ordinal() + ", not selected), each beside its nearest training image"
                        + " (highlighted, squared L2 in pixel space)", RunDirectory.PLOTS + "/" + MnistFigures.FIGURE_2)
                .figure("Figure 3: linear interpolation in z between random points, one per row",
                        RunDirectory.PLOTS + "/" + MnistFigures.FIGURE_3)
                .figure("Parzen monitor on validation images", RunDirectory.PLOTS + "/" + MnistFigures.MONITOR_PLOT)
                .figure("Losses", RunDirectory.PLOTS + "/" + MnistFigures.LOSS_PLOT)
                .section("Class by class")
                .paragraph("Where the score is lost. Each of the scored G's samples is labelled by its nearest"
                        + " training image; the test images' mean log-likelihood is taken class by class, with G's"
                        + " samples as centres and with as many training images as centres (each at its own σ). The"
                        + " class means, weighted by the test set's class sizes, average to the scores above. A"
                        + " large gap marks a class that G draws too rarely or in too few styles.")
                .table(List.of("class", "share of G's samples", "share of the training images",
                        "test log-likelihood, G", "test log-likelihood, data", "gap"), classes.tableRows())
                .section("Summary")
                .keyValues("summary", "value", summary)
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }

    /** A number with at most two decimals and no trailing zeros: 45, 0.6, 12.34. */
    private static String decimal(Map<String, Object> summary, String key) {
        return BigDecimal.valueOf(number(summary, key)).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }
}
