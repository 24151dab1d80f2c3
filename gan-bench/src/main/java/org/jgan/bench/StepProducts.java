package org.jgan.bench;

import java.util.ArrayList;
import java.util.List;
import org.jgan.core.train.UpdateRule;
import org.jgan.models.layer.Dense;
import org.jgan.models.layer.Layer;
import org.jgan.models.network.Sequential;

/**
 * The matrix products one training iteration of {@link org.jgan.core.train.Trainer} runs, layer by layer, as
 * {@link Dense} and {@link Sequential} issue them: the FLOP count behind every GFLOP/s figure of the benchmark, and
 * the list of shapes {@link SgemmBenchmark} times on its own.
 *
 * <p>For a dense layer with input [b, i] and output [b, o]: forward x·W (2·b·i·o FLOPs); backward dW = xᵀ·dY, the
 * bias gradient as 1ᵀ·dY (2·b·o), and dx = dY·Wᵀ only when some layer below has parameters or the caller wants the
 * input gradient. Per iteration (batch m):
 * <ul>
 *   <li>simultaneous (the authors' code): G forward on m rows; D forward on the 2m stacked rows; D backward for its
 *       parameters; D backward again for its input (generator loss); G backward for its parameters;</li>
 *   <li>Algorithm 1 with k = 1: the same discriminator part, then a second G forward on m rows of fresh noise, D
 *       forward on those m rows, D backward for its input, G backward for its parameters.</li>
 * </ul>
 * Elementwise work (activations, maxout, dropout, losses, optimizer) is not counted: GFLOP/s here means matrix
 * product FLOPs per second.
 */
public final class StepProducts {
    private StepProducts() {
    }

    /** The products of one iteration with batch size {@code batch} (k = 1 for Algorithm 1). */
    public static List<GemmShape> iteration(Sequential generator, Sequential discriminator, int batch,
                                            UpdateRule rule) {
        List<GemmShape> all = new ArrayList<>();
        forward(generator, batch, all);
        forward(discriminator, 2L * batch, all);
        backward(discriminator, 2L * batch, true, false, all);
        if (rule == UpdateRule.SIMULTANEOUS) {
            backward(discriminator, 2L * batch, false, true, all);
        } else {
            forward(generator, batch, all);
            forward(discriminator, batch, all);
            backward(discriminator, batch, false, true, all);
        }
        backward(generator, batch, true, false, all);
        return all;
    }

    /** The sum of {@link GemmShape#flops()}. */
    public static double flops(List<GemmShape> products) {
        return products.stream().mapToDouble(GemmShape::flops).sum();
    }

    private static void forward(Sequential network, long rows, List<GemmShape> out) {
        for (Layer layer : network.layers()) {
            if (layer instanceof Dense dense) {
                out.add(new GemmShape(rows, dense.inputSize(), dense.outputSize(), false, false));
            }
        }
    }

    /** Mirrors {@link Sequential#backward}: without the input gradient, backpropagation stops at the first layer with parameters. */
    private static void backward(Sequential network, long rows, boolean parameters, boolean input,
                                 List<GemmShape> out) {
        List<Layer> layers = network.layers();
        int firstWithParameters = 0;
        while (firstWithParameters < layers.size() && layers.get(firstWithParameters).parameterCount() == 0) {
            firstWithParameters++;
        }
        int lowest = input ? 0 : firstWithParameters;
        for (int i = layers.size() - 1; i >= lowest; i--) {
            if (layers.get(i) instanceof Dense dense) {
                long in = dense.inputSize();
                long units = dense.outputSize();
                if (parameters) {
                    out.add(new GemmShape(in, rows, units, true, false));
                    out.add(new GemmShape(1, rows, units, true, false));
                }
                if (i > lowest || input) {
                    out.add(new GemmShape(rows, units, in, false, true));
                }
            }
        }
    }
}
