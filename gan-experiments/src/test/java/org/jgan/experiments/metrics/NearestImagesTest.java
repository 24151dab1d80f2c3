package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.data.Split;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NearestImagesTest {
    /** The brute-force minimum of Σ_k (q_k − r_k)² over the references, and the distance of each reference. */
    private static double[] distances(double[] query, double[][] references) {
        double[] result = new double[references.length];
        for (int j = 0; j < references.length; j++) {
            double sum = 0;
            for (int k = 0; k < query.length; k++) {
                double diff = query[k] - references[j][k];
                sum += diff * diff;
            }
            result[j] = sum;
        }
        return result;
    }

    /**
     * Checks each match against brute force: the returned distance is the true minimum, and the returned index
     * attains it. A relative 1e-12 covers the double rounding of sums of at most a thousand terms of order one.
     */
    private static void assertBruteForce(INDArray queries, INDArray references, List<NearestImages.Match> matches) {
        double[][] q = queries.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] r = references.castTo(DataType.DOUBLE).toDoubleMatrix();
        assertThat(matches).hasSize(q.length);
        for (int i = 0; i < q.length; i++) {
            double[] all = distances(q[i], r);
            double min = Double.POSITIVE_INFINITY;
            for (double value : all) {
                min = Math.min(min, value);
            }
            NearestImages.Match match = matches.get(i);
            assertThat(match.squaredDistance()).as("query %d", i).isCloseTo(min, within(1e-12 * (1 + min)));
            assertThat(all[match.index()]).as("query %d", i).isCloseTo(min, within(1e-12 * (1 + min)));
        }
    }

    private static INDArray uniform(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.DOUBLE);
    }

    @Test
    void findsPerturbedCopiesOfReferencesAcrossBlocks() {
        INDArray references = uniform(300, 50, 1);
        int[] picked = {0, 17, 123, 299};
        INDArray queries = references.getRows(picked).add(uniform(4, 50, 2).subi(0.5).muli(0.01));

        // 64-reference blocks: 300 references make four full blocks and a partial one.
        List<NearestImages.Match> matches = new NearestImages(references, 64).find(queries);

        for (int i = 0; i < picked.length; i++) {
            assertThat(matches.get(i).index()).isEqualTo(picked[i]);
        }
        assertBruteForce(queries, references, matches);
    }

    @Test
    void agreesWithBruteForceOnRandomQueries() {
        INDArray references = uniform(500, 30, 3);
        INDArray queries = uniform(25, 30, 4);

        assertBruteForce(queries, references, new NearestImages(references, 128).find(queries));
    }

    @Test
    void queriesBeyondOneBlockAreSplitLikeTheReferences() {
        INDArray references = uniform(300, 20, 5);
        // 150 queries in 64-row blocks: two full blocks and a partial one against each block of references.
        INDArray queries = uniform(150, 20, 6);

        assertBruteForce(queries, references, new NearestImages(references, 64).find(queries));
    }

    @Test
    void findsTheNearestMnistTrainingDigit() {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray training = mnist.images(Split.TRAIN, 0, 5000, DataType.FLOAT);
        INDArray queries = mnist.images(Split.TEST, 0, 10, DataType.FLOAT);

        List<NearestImages.Match> matches = new NearestImages(training, 2000).find(queries);

        assertBruteForce(queries, training, matches);
        // A training image is its own nearest neighbour at distance 0.
        NearestImages.Match self = new NearestImages(training).find(training.getRows(4321)).get(0);
        assertThat(self.squaredDistance()).isZero();
    }

    @Test
    void pixelBytesGiveTheMatchesOfTheirPixels() {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray bytes = mnist.pixelBytes(Split.VALIDATION);
        INDArray queries = mnist.images(Split.TEST, 0, 10, DataType.FLOAT);

        List<NearestImages.Match> matches = NearestImages.ofPixelBytes(bytes).find(queries);

        assertBruteForce(queries, mnist.images(Split.VALIDATION, DataType.DOUBLE), matches);
    }

    @Test
    void badInputIsRejected() {
        INDArray references = uniform(5, 3, 5);

        assertThatThrownBy(() -> new NearestImages(references, 0)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("nearest-images.block-rows: expected an integer >= 1");
        assertThatThrownBy(() -> new NearestImages(references).find(uniform(2, 4, 6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns, got [2, 4]");
    }
}
