package org.jgan.models.architecture;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A generator / discriminator pair with its noise prior, for data of a given dimension, registered by name
 * in {@link org.jgan.models.ModelsModule}.
 *
 * <p>The discriminator outputs one raw score per example (a logit or critic value); losses apply σ or whatever
 * their theory needs. The networks come back with zero parameters: call {@link GanNetworks#initialise}.
 */
public interface Architecture {
    /**
     * Builds fresh networks.
     *
     * @param dataDimension the number of columns of a data example (1 for the 1-D toy, 784 for MNIST)
     * @param type          FLOAT for training, DOUBLE for checks
     * @return G mapping the prior's dimension to {@code dataDimension}, D mapping {@code dataDimension} to 1
     * @throws org.jgan.core.config.ConfigException naming the field {@code "model"} when the architecture does
     *     not fit data of that dimension
     */
    GanNetworks build(int dataDimension, DataType type);

    /** One line for listings: what the networks are and where they come from. */
    String description();

    /**
     * The same architecture adapted to the training data's per-column mean, for initialisations that depend on
     * the data (Goodfellow et al. set the MNIST generator's output bias to logit(mean pixel)). By default the
     * mean is not used.
     *
     * @param dataMean the mean of every data column, {@code dataDimension} values
     */
    default Architecture withDataMean(INDArray dataMean) {
        return this;
    }
}
