package org.jgan.experiments.fgan;

import java.util.Map;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.theory.DensityPair;

/** report.md of {@code divergence-estimate}. */
final class DivergenceEstimateReport {
    private DivergenceEstimateReport() {
    }

    static void write(RunDirectory directory, Config config, Map<String, Object> summary, AdversarialLoss loss,
                      DensityPair pair) {
        Report.titled(DivergenceEstimateExperiment.NAME + ": " + summary.get("divergence")
                        + " by variational estimation")
                .paragraph("P = `" + pair.data() + "` and Q = `" + pair.model() + "` are fixed; only the critic"
                        + " (the discriminator of `" + config.asMap().get("critic") + "`, in standard units of"
                        + " (P + Q)/2) trains, maximising the bound of the `" + config.asMap().get("loss")
                        + "` loss (" + loss + "; claim: " + loss.divergence().orElseThrow() + "). For an f-GAN loss"
                        + " the bound is E_P[g_f(V)] − E_Q[f*(g_f(V))] ≤ D_f(P ‖ Q), tight at g_f(V) = f′(p/q)"
                        + " (Nowozin et al. 2016, Eq. 4).")
                .paragraph("`estimate` is the bound on " + summary.get("heldout_samples") + " held-out samples of"
                        + " each distribution that training never drew; `standard_error` is by batch means over"
                        + " the `heldout-batches`. `true_value` is the divergence by adaptive quadrature of the"
                        + " densities; `relative_error` = (estimate − true_value)/|true_value|, negative when the"
                        + " bound lies below the divergence.")
                .keyValues("summary", "value", summary)
                .figure("the estimate against the critic's step; the dashed line is the divergence by quadrature",
                        RunDirectory.PLOTS + "/" + EstimateFigure.FIGURE)
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
