package org.jgan.experiments.mnist;

import java.util.List;

/**
 * Table 1 of Goodfellow et al. 2014, "Generative Adversarial Nets": Parzen window log-likelihood in nats (higher is
 * better) on MNIST and TFD; ± is the standard error of the mean over test examples. The experiment's report and
 * {@code ./gan reproduce} set their rows beside these.
 */
public final class PaperTable1 {
    /** The adversarial nets' MNIST score, the reproduction's target. */
    public static final double ADVERSARIAL_NETS_MNIST = 225;
    /** That score as printed, with its standard error. */
    public static final String ADVERSARIAL_NETS_MNIST_PRINTED = "225 ± 2";
    /** The rows as printed: model, MNIST, TFD. */
    public static final List<List<String>> ROWS = List.of(
            List.of("DBN", "138 ± 2", "1909 ± 66"),
            List.of("Stacked CAE", "121 ± 1.6", "2110 ± 50"),
            List.of("Deep GSN", "214 ± 1.1", "1890 ± 29"),
            List.of("Adversarial nets", ADVERSARIAL_NETS_MNIST_PRINTED, "2057 ± 26"));

    private PaperTable1() {
    }
}
