package org.jgan.experiments.mnist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgan.core.random.RandomStreams;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.Split;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.metrics.ParzenScore;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Table 1's number for a generator: the authors' Parzen window protocol ({@link ParzenEstimator}) with
 * {@value ParzenEstimator#PAPER_CENTRES} generated samples (the {@code parzen-samples} setting) from
 * {@link EvalDraw#PARZEN} as centres, σ chosen on the
 * first {@value ParzenEstimator#PAPER_SELECTION_IMAGES} images of train[50000:60000], the mean log-likelihood of
 * the 10,000 test images ± its standard error.
 */
final class ParzenProtocol {
    private ParzenProtocol() {
    }

    /** The protocol's score of G as it is now, with {@code centres} generated samples. */
    static ParzenScore score(GanNetworks networks, RandomStreams random, ImageDataset data, int centres) {
        return score(networks, random, data, centres, 0);
    }

    /**
     * The protocol's score of G as it is now, with {@code centres} generated samples of replicate {@code replicate}
     * of {@link EvalDraw#PARZEN} (replicate 0 is {@link #score(GanNetworks, RandomStreams, ImageDataset, int)}'s).
     */
    static ParzenScore score(GanNetworks networks, RandomStreams random, ImageDataset data, int centres,
                             int replicate) {
        try (INDArray samples = EvalDraw.PARZEN.samples(networks, random, centres, replicate)) {
            return new ParzenEstimator().evaluate(samples, data);
        }
    }

    /**
     * The full evaluation of G as it is now: its score, the protocol's score of p_data itself (the first
     * {@code centres} training images in place of generated samples, which puts G's number in proportion) and
     * where G's score is lost class by class ({@link ClassBreakdown}).
     *
     * @param trainBytes train[0:50000] as bytes, searched for each sample's nearest training image
     */
    static Evaluation evaluate(GanNetworks networks, RandomStreams random, ImageDataset data, int centres,
                               INDArray trainBytes) {
        ParzenEstimator estimator = new ParzenEstimator();
        try (INDArray samples = EvalDraw.PARZEN.samples(networks, random, centres);
                INDArray reference = data.images(Split.TRAIN, 0, centres, ParzenEstimator.DEFAULT_PRODUCT_TYPE)) {
            ParzenScore score = estimator.evaluate(samples, data);
            ParzenScore dataScore = estimator.evaluate(reference, data);
            return new Evaluation(score, dataScore,
                    ClassBreakdown.of(samples, score, dataScore, data, trainBytes));
        }
    }

    /**
     * What {@link #evaluate} finds.
     *
     * @param score     G's score
     * @param dataScore the score of as many training images as centres
     * @param classes   both scores class by class, and the classes of G's samples
     */
    record Evaluation(ParzenScore score, ParzenScore dataScore, ClassBreakdown classes) {
    }

    /** The columns of {@link #csv}, for a table's header. */
    static final String CSV_COLUMNS = "parzen_ll,parzen_se,parzen_sigma";

    /** The score as the {@link #CSV_COLUMNS} of a table row, every digit kept. */
    static String csv(ParzenScore score) {
        return score.test().mean() + "," + score.test().standardError() + "," + score.sigma();
    }

    /** The score as summary entries {@code parzen_ll}, {@code parzen_se}, {@code parzen_sigma}, with a key suffix. */
    static Map<String, Object> entries(ParzenScore score, String suffix) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("parzen_ll" + suffix, score.test().mean());
        entries.put("parzen_se" + suffix, score.test().standardError());
        entries.put("parzen_sigma" + suffix, score.sigma());
        return entries;
    }
}
