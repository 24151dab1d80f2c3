package org.jgan.experiments.theory;

import java.util.Map;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of the saturation experiment. */
final class SaturationReport {
    private SaturationReport() {
    }

    static void write(RunDirectory directory, Config config, Map<String, Object> summary) {
        Report.titled(SaturationExperiment.NAME + ": Section 3 in numbers")
                .paragraph("Goodfellow et al. 2014, Section 3: early in learning D rejects G's samples with high"
                        + " confidence and log(1 − D(G(z))) saturates; maximising log D(G(z)) instead gives much"
                        + " stronger gradients. A poor G (p_data = `" + config.asMap().get("data") + "`, G shifted"
                        + " by " + config.asMap().get("generator-offset") + " robust standard deviations) is"
                        + " frozen while D trains against it; at each logged step the gradient of both generator"
                        + " objectives is measured from the same D, G and noise. On logits s, dL/ds is −σ(s)/n"
                        + " (minimax) and −(1 − σ(s))/n (non-saturating), through the same ds/dθ_G, so per sample"
                        + " the ratio is (1 − D)/D.")
                .keyValues("summary", "value", summary)
                .figure("(a) ||dL_G/dθ_G|| for both objectives; (b) their ratio and 1/mean D(G(z))",
                        RunDirectory.PLOTS + "/" + SaturationFigure.FIGURE)
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
