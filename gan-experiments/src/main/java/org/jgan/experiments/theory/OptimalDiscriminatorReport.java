package org.jgan.experiments.theory;

import java.util.Arrays;
import java.util.Map;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of the optimal-discriminator experiment. */
final class OptimalDiscriminatorReport {
    private OptimalDiscriminatorReport() {
    }

    static void write(RunDirectory directory, Config config, Map<String, Object> summary, AdversarialLoss loss,
                      DensityPair pair, OptimumGrid grid) {
        String jumps = grid.jumps().length == 0 ? "D* has no jumps on the grid, so no points are set apart."
                : "D* jumps at x = " + Arrays.toString(grid.jumps()) + "; the points within `jump-band` pooled"
                + " standard deviations of a jump (pooled mass " + Report.format(grid.bandMass()) + ") are set"
                + " apart: no continuous D can follow a jump, and `dstar_max_abs_error_with_jump_bands` includes"
                + " them.";
        Report.titled(OptimalDiscriminatorExperiment.NAME + ": Proposition 1 and Theorem 1 in numbers")
                .paragraph("p_g is held fixed (" + pair + ") and only D is trained, on fresh samples of both,"
                        + " with the `" + config.asMap().get("loss") + "` loss (" + loss + "). Proposition 1 says"
                        + " the optimal D is p_data/(p_data + p_g); the loss declares " + loss.optimum().orElseThrow()
                        + ". D is compared with it on " + grid.size() + " grid points where p_data + p_g is at least"
                        + " 1% of its maximum, in " + loss.optimum().orElseThrow().units() + " units. " + jumps)
                .paragraph("Theorem 1 says max_D V(D, G) = −log 4 + 2·JSD(p_data ‖ p_g) for the minimax loss; for"
                        + " any loss `criterion_theory` is what its divergence claim ("
                        + loss.divergence().map(Object::toString).orElse("none") + ") implies at the optimum, and"
                        + " `criterion_value` is −L_D at the trained D over the whole distributions (midpoint"
                        + " quadrature on the quantile functions).")
                .keyValues("summary", "value", summary)
                .figure("(a) p_data, p_g, the trained D and the declared D*; (b) D − D* on the grid",
                        RunDirectory.PLOTS + "/" + OptimalDiscriminatorFigure.FIGURE)
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
