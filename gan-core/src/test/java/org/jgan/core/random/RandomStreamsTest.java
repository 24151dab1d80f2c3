package org.jgan.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jgan.core.random.RandomStreams.Stream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class RandomStreamsTest {
    @Test
    void seedsArePureFunctionsOfSeedStreamAndIndex() {
        assertThat(new RandomStreams(7).seed(Stream.NOISE, 42)).isEqualTo(new RandomStreams(7).seed(Stream.NOISE, 42));
    }

    @Test
    void streamsAndIndicesDoNotCollide() {
        RandomStreams random = new RandomStreams(7);
        Set<Long> seen = new HashSet<>();
        for (Stream stream : Stream.values()) {
            for (long i = 0; i < 10_000; i++) {
                seen.add(random.seed(stream, i));
            }
        }
        assertThat(seen).hasSize(Stream.values().length * 10_000);
    }

    @Test
    void nativeArraysRepeatForTheSameSeedAndDifferOtherwise() {
        double[] a = NativeRandom.uniform(11, DataType.DOUBLE, -1, 1, 12).toDoubleVector();
        NativeRandom.uniform(99, DataType.DOUBLE, -1, 1, 12);
        double[] b = NativeRandom.uniform(11, DataType.DOUBLE, -1, 1, 12).toDoubleVector();
        double[] c = NativeRandom.uniform(12, DataType.DOUBLE, -1, 1, 12).toDoubleVector();
        assertThat(b).containsExactly(a);
        assertThat(c).isNotEqualTo(a);
        assertThat(java.util.Arrays.stream(a).allMatch(x -> x >= -1 && x <= 1)).isTrue();
    }
}
