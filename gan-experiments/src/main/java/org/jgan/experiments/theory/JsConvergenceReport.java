package org.jgan.experiments.theory;

import java.util.Map;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of the js-convergence experiment. */
final class JsConvergenceReport {
    private JsConvergenceReport() {
    }

    static void write(RunDirectory directory, Config config, Map<String, Object> summary, AdversarialLoss loss) {
        Object k = summary.get("k");
        Report.titled(JsConvergenceExperiment.NAME + ": Proposition 2 in numbers")
                .paragraph("Proposition 2 of Goodfellow et al. 2014: if D is allowed to reach its optimum given G"
                        + " at each step and p_g is updated to improve the criterion, p_g converges to p_data;"
                        + " then JSD(p_data ‖ p_g) = 0 and D = 1/2 everywhere (Figure 1(d)). The same GAN"
                        + " (p_data = `" + config.asMap().get("data") + "`, loss `" + config.asMap().get("loss")
                        + "`: " + loss + ") is trained from the same seed with k = " + k + " discriminator updates"
                        + " per generator update (D warm-started, so it stays near D*; see"
                        + " `dstar_max_abs_error_final`) and with Algorithm 1's k = 1.")
                .keyValues("summary", "value", summary)
                .figure("(a) JSD(p_data || p_g) and (b) max |D − 1/2| against the generator update",
                        RunDirectory.PLOTS + "/" + JsConvergenceFigure.FIGURE)
                .paragraph("Each variant's own run (metrics, checkpoints, Figure 1 panels) is in `"
                        + JsConvergenceExperiment.NEAR_OPTIMAL + "/` and `" + JsConvergenceExperiment.BASELINE
                        + "/`.")
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
