package org.jgan.models.architecture;

import org.jgan.core.config.ConfigException;
import org.jgan.core.train.NoisePrior;
import org.jgan.models.init.ColumnValuesInit;
import org.jgan.models.init.Initialiser;
import org.jgan.models.init.UniformInit;
import org.jgan.models.init.ZeroInit;
import org.jgan.models.network.Mlp;
import org.jgan.models.network.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The MNIST model of Goodfellow et al. 2014, from the authors' {@code mnist.yaml} (goodfeli/adversarial):
 * <ul>
 *   <li>p_z = U(−√3, √3)^100 (unit variance);</li>
 *   <li>G: 100 → ReLU 1200 → ReLU 1200 → sigmoid 784, weights U(±0.05), biases 0 except the output bias,
 *       logit of the training set's mean pixel clipped to [1e-7, 1 − 1e-7] (see {@link #withDataMean});</li>
 *   <li>D: dropout keep 0.8 → maxout 240 × 5 → dropout keep 0.5 → maxout 240 × 5 → dropout keep 0.5 →
 *       dense 1, weights U(±0.005), biases 0. The paper's sigmoid output is left to the loss: D returns the
 *       logit.</li>
 * </ul>
 * A variant ({@link #RELU_NAME}) swaps each maxout layer for 240 ReLUs, keeping everything else, for
 * benchmarks against frameworks without maxout.
 */
public final class GoodfellowMnist implements Architecture {
    /** The registered name of the paper's model. */
    public static final String NAME = "goodfellow2014-mnist";
    /** The registered name of the ReLU-discriminator variant. */
    public static final String RELU_NAME = "relu-mnist";
    /** 28 × 28 pixels. */
    public static final int DATA_DIMENSION = 784;
    /** The length of z. */
    public static final int NOISE_DIMENSION = 100;
    /** G's hidden width. */
    public static final int GENERATOR_HIDDEN = 1200;
    /** D's hidden units per layer. */
    public static final int DISCRIMINATOR_UNITS = 240;
    /** Pieces per maxout unit. */
    public static final int MAXOUT_PIECES = 5;
    /** Half-width of G's uniform weights. */
    public static final double GENERATOR_INIT_RANGE = 0.05;
    /** Half-width of D's uniform weights. */
    public static final double DISCRIMINATOR_INIT_RANGE = 0.005;
    /** Keep probability of D's input dropout. */
    public static final double INPUT_KEEP = 0.8;
    /** Keep probability of the dropout before D's later layers. */
    public static final double HIDDEN_KEEP = 0.5;
    /** Mean pixels are clipped to [ε, 1 − ε] before the logit. */
    public static final double MEAN_CLIP = 1e-7;

    /** D's hidden units. */
    public enum HiddenUnits {
        /** 240 maxout units of 5 pieces, as in the paper. */
        MAXOUT,
        /** 240 ReLUs. */
        RELU
    }

    private final HiddenUnits hidden;
    private final double[] outputBias;

    private GoodfellowMnist(HiddenUnits hidden, double[] outputBias) {
        this.hidden = hidden;
        this.outputBias = outputBias;
    }

    /** The paper's model, output bias 0 until {@link #withDataMean}. */
    public static GoodfellowMnist paper() {
        return new GoodfellowMnist(HiddenUnits.MAXOUT, null);
    }

    /** The same with 240 ReLUs in place of each maxout layer of D. */
    public static GoodfellowMnist reluDiscriminator() {
        return new GoodfellowMnist(HiddenUnits.RELU, null);
    }

    /**
     * The same model with G's output bias set to logit(clip(mean pixel)), so that G starts by drawing the
     * average digit, as the authors' code does.
     *
     * @param dataMean the training set's mean of each of the 784 pixels, in [0, 1]
     */
    @Override
    public GoodfellowMnist withDataMean(INDArray dataMean) {
        return new GoodfellowMnist(hidden, outputBias(dataMean));
    }

    /** logit(clip(m, ε, 1 − ε)) for each pixel mean m, ε = {@link #MEAN_CLIP}. */
    public static double[] outputBias(INDArray dataMean) {
        if (dataMean.length() != DATA_DIMENSION) {
            throw new ConfigException("data mean", DATA_DIMENSION + " pixel means", dataMean.length() + " values");
        }
        double[] bias = dataMean.toDoubleVector();
        for (int i = 0; i < bias.length; i++) {
            double m = Math.min(Math.max(bias[i], MEAN_CLIP), 1 - MEAN_CLIP);
            bias[i] = Math.log(m / (1 - m));
        }
        return bias;
    }

    @Override
    public GanNetworks build(int dataDimension, DataType type) {
        DataDimension.require(name(), DATA_DIMENSION, "28×28 images", dataDimension);
        NoisePrior prior = NoisePrior.unitVariance(NoisePrior.UNIFORM, NOISE_DIMENSION);
        return new GanNetworks(generator(type), discriminator(type), prior);
    }

    private Sequential generator(DataType type) {
        Initialiser weights = new UniformInit(GENERATOR_INIT_RANGE);
        Initialiser bias = outputBias == null ? ZeroInit.INSTANCE : new ColumnValuesInit(outputBias);
        return Mlp.builder(NOISE_DIMENSION)
                .dense(GENERATOR_HIDDEN, weights).relu()
                .dense(GENERATOR_HIDDEN, weights).relu()
                .dense(DATA_DIMENSION, weights, bias).sigmoid()
                .build(type);
    }

    private Sequential discriminator(DataType type) {
        Initialiser weights = new UniformInit(DISCRIMINATOR_INIT_RANGE);
        Mlp.Builder builder = Mlp.builder(DATA_DIMENSION).dropout(INPUT_KEEP);
        hiddenLayer(builder, weights).dropout(HIDDEN_KEEP);
        hiddenLayer(builder, weights).dropout(HIDDEN_KEEP);
        return builder.dense(1, weights).build(type);
    }

    private Mlp.Builder hiddenLayer(Mlp.Builder builder, Initialiser weights) {
        return hidden == HiddenUnits.MAXOUT
                ? builder.maxout(DISCRIMINATOR_UNITS, MAXOUT_PIECES, weights)
                : builder.dense(DISCRIMINATOR_UNITS, weights).relu();
    }

    private String name() {
        return hidden == HiddenUnits.MAXOUT ? NAME : RELU_NAME;
    }

    @Override
    public String description() {
        String units = hidden == HiddenUnits.MAXOUT
                ? "maxout " + DISCRIMINATOR_UNITS + "×" + MAXOUT_PIECES
                : "ReLU " + DISCRIMINATOR_UNITS;
        return "MNIST (Goodfellow et al. 2014): z ~ U(±√3)^100, G 1200-1200 ReLU → sigmoid 784, D dropout + "
                + units + " ×2 → logit";
    }

    @Override
    public String toString() {
        return name() + ": " + description()
                + (outputBias == null ? ", output bias 0" : ", output bias logit(mean pixel)");
    }
}
