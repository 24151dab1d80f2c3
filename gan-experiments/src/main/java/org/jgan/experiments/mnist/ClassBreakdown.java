package org.jgan.experiments.mnist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.Split;
import org.jgan.experiments.metrics.NearestImages;
import org.jgan.experiments.metrics.ParzenScore;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where a generator's Parzen window log-likelihood (Goodfellow et al. 2014, Table 1) is won and lost, class by
 * class, beside the same protocol's score of the data itself. For each label c:
 * <ul>
 *   <li>{@code sampleShare}: the fraction of G's samples whose nearest training image (squared L2 in pixel space)
 *       has label c, a nearest-neighbour labelling of the samples, so a dropped or starved class shows as a small
 *       share;</li>
 *   <li>{@code dataShare}: the fraction of c among the reference centres (the first M training images);</li>
 *   <li>{@code logLikelihood}: the mean log p(x) of the test images of class c with G's samples as centres, at the
 *       protocol's σ; {@code dataLogLikelihood}: the same with the reference centres, at theirs.</li>
 * </ul>
 * The class means, weighted by the test set's class counts n_c, average to the overall score:
 * Σ_c n_c·ℓ_c / n = ℓ. A class whose {@link Row#gap()} is large is one G draws too rarely or in too few styles.
 *
 * @param rows one row per label, 0 to {@value KnownDataset#CLASSES} − 1
 */
record ClassBreakdown(List<Row> rows) {
    /** The CSV header of {@link #csv()}. */
    static final String CSV_HEADER = "label,test_images,sample_share,data_share,test_ll,data_test_ll,gap";

    /**
     * One class.
     *
     * @param label             the class label
     * @param testImages        n_c, the test images of the class
     * @param sampleShare       the fraction of samples labelled c by their nearest training image
     * @param dataShare         the fraction of c among the reference centres
     * @param logLikelihood     the mean log p of the class's test images under G's samples (nats)
     * @param dataLogLikelihood the same under the reference centres (nats)
     */
    record Row(int label, int testImages, double sampleShare, double dataShare, double logLikelihood,
               double dataLogLikelihood) {
        /** How far G's class mean falls below the data's (nats). */
        double gap() {
            return dataLogLikelihood - logLikelihood;
        }
    }

    /**
     * The breakdown of a scored generator.
     *
     * @param samples    G's samples, the centres of {@code score}, [M, d]
     * @param score      G's score
     * @param dataScore  the score of the first M training images as centres
     * @param data       the data set (its test and training labels)
     * @param trainBytes train[0:50000] as bytes, where each sample's nearest image is searched
     */
    static ClassBreakdown of(INDArray samples, ParzenScore score, ParzenScore dataScore, ImageDataset data,
                             INDArray trainBytes) {
        double[] logLikelihoods = score.testLogLikelihoods();
        double[] dataLogLikelihoods = dataScore.testLogLikelihoods();
        int[] trainLabels = data.labels(Split.TRAIN);
        int[] sampleCounts = new int[KnownDataset.CLASSES];
        for (NearestImages.Match match : NearestImages.ofPixelBytes(trainBytes).find(samples)) {
            sampleCounts[trainLabels[match.index()]]++;
        }
        int[] referenceCounts = new int[KnownDataset.CLASSES];
        for (int i = 0; i < samples.rows(); i++) {
            referenceCounts[trainLabels[i]]++;
        }
        int[] testLabels = data.labels(Split.TEST);
        int[] testCounts = new int[KnownDataset.CLASSES];
        double[] sums = new double[KnownDataset.CLASSES];
        double[] dataSums = new double[KnownDataset.CLASSES];
        for (int i = 0; i < testLabels.length; i++) {
            testCounts[testLabels[i]]++;
            sums[testLabels[i]] += logLikelihoods[i];
            dataSums[testLabels[i]] += dataLogLikelihoods[i];
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < KnownDataset.CLASSES; c++) {
            rows.add(new Row(c, testCounts[c], sampleCounts[c] / (double) samples.rows(),
                    referenceCounts[c] / (double) samples.rows(), sums[c] / testCounts[c],
                    dataSums[c] / testCounts[c]));
        }
        return new ClassBreakdown(rows);
    }

    /** The smallest {@link Row#sampleShare()}: the class G draws least. */
    double smallestSampleShare() {
        return rows.stream().mapToDouble(Row::sampleShare).min().orElseThrow();
    }

    /** The rows as CSV under {@link #CSV_HEADER}, full precision. */
    String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Map<String, Object> row : asMaps()) {
            csv.append(row.values().stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    /** The rows as maps keyed by the CSV columns, for JSON. */
    List<Map<String, Object>> asMaps() {
        String[] keys = CSV_HEADER.split(",");
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Row row : rows) {
            Object[] values = {row.label(), row.testImages(), row.sampleShare(), row.dataShare(), row.logLikelihood(),
                row.dataLogLikelihood(), row.gap()};
            Map<String, Object> map = new LinkedHashMap<>();
            for (int k = 0; k < keys.length; k++) {
                map.put(keys[k], values[k]);
            }
            maps.add(map);
        }
        return maps;
    }

    /** The rows for report.md: shares in %, log-likelihoods to 0.1 nat. */
    List<List<?>> tableRows() {
        List<List<?>> table = new ArrayList<>();
        for (Row row : rows) {
            table.add(List.of(row.label(), percent(row.sampleShare()), percent(row.dataShare()),
                    String.format(Locale.ROOT, "%.1f", row.logLikelihood()),
                    String.format(Locale.ROOT, "%.1f", row.dataLogLikelihood()),
                    String.format(Locale.ROOT, "%.1f", row.gap())));
        }
        return table;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
