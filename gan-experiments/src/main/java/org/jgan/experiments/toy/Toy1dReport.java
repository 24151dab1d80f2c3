package org.jgan.experiments.toy;

import java.util.Map;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of the 1-D experiment. */
final class Toy1dReport {
    private Toy1dReport() {
    }

    static void write(RunDirectory directory, Config config, Map<String, Object> summary, AdversarialLoss loss) {
        Report.titled("toy-1d: Figure 1 of Goodfellow et al. 2014 in numbers")
                .paragraph("A GAN learns p_data = `" + config.asMap().get("data") + "` with the `"
                        + config.asMap().get("loss") + "` loss (" + loss + "). JSD(p_data || p_g) is measured"
                        + " every `log-every` iterations from a Gaussian KDE of fresh generator samples, integrated"
                        + " against p_data's density by adaptive quadrature. Proposition 2 says that with an optimal"
                        + " discriminator JSD falls to 0, and Figure 1(d) that D ends at 1/2 everywhere.")
                .keyValues("summary", "value", summary)
                .figure("JSD(p_data || p_g) against iteration (log scale)", RunDirectory.PLOTS + "/jsd.png")
                .figure("p_data, p_g (KDE), D and D* = p_data/(p_data + p_g) at four moments of training, as in"
                        + " Figure 1", RunDirectory.PLOTS + "/figure1.png")
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
