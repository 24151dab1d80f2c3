package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;
import org.jgan.core.random.NativeRandom;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.data.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ParzenEstimatorTest {
    private static final double[] SIGMAS = ParzenEstimator.DEFAULT_SIGMAS.stream().mapToDouble(Double::doubleValue)
            .toArray();

    private static double[][] rows(INDArray matrix) {
        return matrix.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    /**
     * A rigorous bound on how far the estimator may be from the reference. The only rounding that matters is
     * the GEMM's: its error in h_ij = ‖μ_j‖² − 2x_i·μ_j is at most γ_{d+1}·(‖μ_j‖² + 2 Σ_k |x_ik μ_jk|) with
     * γ_n = n·u / (1 − n·u) (Higham, Accuracy and Stability of Numerical Algorithms, §3.1), and log p(x) moves by
     * at most c = 1/(2σ²) times the largest such error. Everything else is in double: for a sum of at most M
     * exponentials, a log and the reference's own loops, 1e-12 relative to the largest term magnitude is ample.
     */
    private record Bound(double gamma, double largestProduct, int dimension, int centres) {
        static Bound of(double[][] centres, double[][] points, DataType productType) {
            double u = productType == DataType.FLOAT ? Math.ulp(1f) / 2 : Math.ulp(1.0) / 2;
            int n = points[0].length + 1;
            double largest = 0;
            for (double[] x : points) {
                for (double[] mu : centres) {
                    double magnitude = 0;
                    for (int k = 0; k < x.length; k++) {
                        magnitude += mu[k] * mu[k] + 2 * Math.abs(x[k] * mu[k]);
                    }
                    largest = Math.max(largest, magnitude);
                }
            }
            return new Bound(n * u / (1 - n * u), largest, points[0].length, centres.length);
        }

        double at(double sigma, double reference) {
            double c = 1 / (2 * sigma * sigma);
            double scale = Math.abs(reference) + dimension * Math.abs(Math.log(sigma)) + Math.log(centres);
            return c * gamma * largestProduct + 1e-12 * scale;
        }
    }

    private static void assertAgreesWithReference(INDArray centres, INDArray selection, INDArray test,
            DataType productType, int blockRows) {
        double[][] mu = rows(centres);
        double[][] sel = rows(selection);
        double[][] tst = rows(test);
        double[][] referenceSelection = ParzenReference.logLikelihoods(mu, sel, SIGMAS);
        Bound selectionBound = Bound.of(mu, sel, productType);
        Bound testBound = Bound.of(mu, tst, productType);
        ParzenEstimator estimator = new ParzenEstimator(ParzenEstimator.DEFAULT_SIGMAS, blockRows, productType);

        ParzenScore score = estimator.evaluate(centres, selection, test);

        int bestReference = 0;
        for (int s = 0; s < SIGMAS.length; s++) {
            double mean = MeanEstimate.of(referenceSelection[s]).mean();
            assertThat(score.selection().meanLogLikelihoods().get(s)).as("mean log-likelihood at σ = " + SIGMAS[s])
                    .isCloseTo(mean, within(selectionBound.at(SIGMAS[s], mean)));
            if (mean > MeanEstimate.of(referenceSelection[bestReference]).mean()) {
                bestReference = s;
            }
        }
        assertThat(score.sigma()).isEqualTo(SIGMAS[bestReference]);
        double[] referenceTest = ParzenReference.logLikelihoods(mu, tst, new double[] {score.sigma()})[0];
        double[] estimated = estimator.logLikelihoods(centres, test, score.sigma());
        for (int i = 0; i < referenceTest.length; i++) {
            assertThat(estimated[i]).as("log p(test point %d)", i)
                    .isCloseTo(referenceTest[i], within(testBound.at(score.sigma(), referenceTest[i])));
        }
        MeanEstimate reference = MeanEstimate.of(referenceTest);
        assertThat(score.test().mean()).isCloseTo(reference.mean(),
                within(testBound.at(score.sigma(), reference.mean())));
        // std is 1-Lipschitz in the largest per-point change, so the standard error moves by at most bound / √n.
        assertThat(score.test().standardError()).isCloseTo(reference.standardError(),
                within(testBound.at(score.sigma(), reference.mean()) / Math.sqrt(referenceTest.length)));
        assertThat(score.test().count()).isEqualTo(test.rows());
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void agreesWithTheBruteForceReferenceOnMnist(DataType productType) {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray centres = mnist.images(Split.TRAIN, 0, 500, DataType.FLOAT);
        INDArray selection = mnist.images(Split.VALIDATION, 0, 100, DataType.FLOAT);
        INDArray test = mnist.images(Split.TEST, 0, 200, DataType.FLOAT);

        // 64-row blocks: 200 test points make three full blocks and a partial one.
        assertAgreesWithReference(centres, selection, test, productType, 64);
    }

    @Test
    void doublePrecisionMeetsOnePartInAMillionOnMnist() {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray centres = mnist.images(Split.TRAIN, 0, 500, DataType.DOUBLE);
        INDArray test = mnist.images(Split.TEST, 0, 200, DataType.DOUBLE);
        double[][] reference = ParzenReference.logLikelihoods(rows(centres), rows(test), SIGMAS);
        ParzenEstimator estimator = new ParzenEstimator(ParzenEstimator.DEFAULT_SIGMAS, 1000, DataType.DOUBLE);

        SigmaSweep sweep = estimator.sweep(centres, test);

        for (int s = 0; s < SIGMAS.length; s++) {
            double mean = MeanEstimate.of(reference[s]).mean();
            assertThat(sweep.meanLogLikelihoods().get(s)).isCloseTo(mean, within(1e-6 * Math.abs(mean)));
        }
    }

    @Test
    void agreesWithTheReferenceOnSyntheticClusters() {
        // Always runs: 60 centres around 3 prototypes in 20 dimensions, points drawn around the same prototypes,
        // so the best σ is interior to the grid and the selection is a real choice.
        SplittableRandom random = new SplittableRandom(20140610);
        int d = 20;
        double[][] prototypes = new double[3][d];
        for (double[] p : prototypes) {
            for (int k = 0; k < d; k++) {
                p[k] = random.nextDouble();
            }
        }
        INDArray centres = around(prototypes, 60, 0.8, random);
        INDArray selection = around(prototypes, 30, 0.8, random);
        INDArray test = around(prototypes, 45, 0.8, random);

        assertAgreesWithReference(centres, selection, test, DataType.DOUBLE, 16);
        assertThat(new ParzenEstimator().sweep(centres, selection).bestIndex()).isBetween(1, SIGMAS.length - 2);
    }

    private static INDArray around(double[][] prototypes, int n, double spread, SplittableRandom random) {
        int d = prototypes[0].length;
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                values[i * d + k] = prototypes[i % prototypes.length][k] + spread * (random.nextDouble() - 0.5);
            }
        }
        return Nd4j.create(values, new long[] {n, d}, DataType.DOUBLE);
    }

    @Test
    void trainingImagesAsCentresScoreHighAndNoiseScoresLow() {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray selection = mnist.images(Split.VALIDATION, 0, 200, DataType.FLOAT);
        INDArray test = mnist.images(Split.TEST, 0, 500, DataType.FLOAT);
        INDArray trainingCentres = mnist.images(Split.TRAIN, 0, 2000, DataType.FLOAT);
        float[] noise = new float[2000 * 784];
        SplittableRandom random = new SplittableRandom(1406_2661);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextDouble();
        }
        INDArray noiseCentres = Nd4j.create(noise, new long[] {2000, 784}, DataType.FLOAT);
        ParzenEstimator estimator = new ParzenEstimator();

        ParzenScore training = estimator.evaluate(trainingCentres, selection, test);
        ParzenScore noisy = estimator.evaluate(noiseCentres, selection, test);

        // The dividing line is 0 nats, the uniform density on the pixel cube [0,1]^784. Noise centres stay far
        // below it: an MNIST image x lies at squared distance ≈ Σ (x_k² − x_k + 1/3) ≳ 200 from every uniform
        // centre, so log p ≤ max_σ [−200/(2σ²) − 784·log(σ√(2π))] = −392·(1 + log(2π·200/784)) ≈ −577.
        assertThat(noisy.test().mean()).isLessThan(-500);
        // Real images as centres put nearby digits within reach of small kernels: far above the cube.
        assertThat(training.test().mean()).isGreaterThan(0);
        assertThat(training.sigma()).isLessThan(noisy.sigma());
    }

    @Test
    void thePaperProtocolUsesTheFirstThousandValidationImagesAndTheWholeTestSet() {
        ImageDataset mnist = SharedData.load(KnownDataset.MNIST);
        INDArray centres = mnist.images(Split.TRAIN, 0, 300, DataType.FLOAT);
        ParzenEstimator estimator = new ParzenEstimator();

        ParzenScore protocol = estimator.evaluate(centres, mnist);

        ParzenScore explicit = estimator.evaluate(centres, mnist.images(Split.VALIDATION, 0, 1000, DataType.FLOAT),
                mnist.images(Split.TEST, DataType.FLOAT));
        assertThat(protocol.test().count()).isEqualTo(10_000);
        assertThat(protocol.selection()).isEqualTo(explicit.selection());
        assertThat(protocol.test()).isEqualTo(explicit.test());
    }

    @Test
    void theDefaultGridIsTheAuthors() {
        assertThat(ParzenEstimator.DEFAULT_SIGMAS).hasSize(10);
        double[] numpyLogspace = {0.1, 0.12915496650148839, 0.16681005372000587, 0.21544346900318834,
            0.2782559402207124, 0.3593813663804626, 0.46415888336127786, 0.5994842503189409, 0.7742636826811269, 1.0};
        for (int k = 0; k < 10; k++) {
            assertThat(ParzenEstimator.DEFAULT_SIGMAS.get(k)).isCloseTo(numpyLogspace[k], within(1e-15));
        }
    }

    @Test
    void badSettingsNameTheirField() {
        assertThatThrownBy(() -> new ParzenEstimator(List.of(0.1, -1.0), 10, DataType.FLOAT))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("parzen.sigmas[1]: expected a finite number > 0");
        assertThatThrownBy(() -> new ParzenEstimator(List.of(), 10, DataType.FLOAT))
                .hasMessageStartingWith("parzen.sigmas: expected at least one bandwidth");
        assertThatThrownBy(() -> new ParzenEstimator(List.of(0.1), 0, DataType.FLOAT))
                .hasMessageStartingWith("parzen.block-rows: expected an integer >= 1");
        assertThatThrownBy(() -> new ParzenEstimator(List.of(0.1), 10, DataType.HALF))
                .hasMessage("parzen.product-type: expected FLOAT or DOUBLE, got 'HALF'");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void aNaNCentreMakesEveryLogLikelihoodNaN(DataType productType) {
        // A diverged generator's NaN must not vanish into a finite score: every point's sum includes that centre.
        INDArray centres = NativeRandom.uniform(11, DataType.DOUBLE, 0, 1, 50, 8);
        centres.putScalar(17, 3, Double.NaN);
        INDArray points = NativeRandom.uniform(12, DataType.DOUBLE, 0, 1, 20, 8);
        ParzenEstimator estimator = new ParzenEstimator(ParzenEstimator.DEFAULT_SIGMAS, 7, productType);

        assertThat(estimator.logLikelihoods(centres, points, 0.3)).containsOnly(Double.NaN);
    }

    @Test
    void mismatchedShapesAreRejected() {
        INDArray centres = Nd4j.zeros(DataType.FLOAT, 3, 4);
        INDArray points = Nd4j.zeros(DataType.FLOAT, 2, 5);

        assertThatThrownBy(() -> new ParzenEstimator().sweep(centres, points))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 4] and [2, 5]");
    }

    @Test
    void toStringShowsTheConfiguration() {
        assertThat(new ParzenEstimator(List.of(0.5), 7, DataType.DOUBLE))
                .hasToString("ParzenEstimator(sigmas=[0.5], blockRows=7, productType=DOUBLE)");
    }
}
