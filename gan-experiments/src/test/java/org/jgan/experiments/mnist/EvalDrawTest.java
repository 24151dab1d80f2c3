package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.junit.jupiter.api.Test;

/** The seeds of the evaluation draws: replicate 0 is each purpose's own draw, and no two draws share a seed. */
class EvalDrawTest {
    @Test
    void replicateZeroIsEachPurposesDrawAndNoReplicateMeetsAnotherDraw() {
        RandomStreams random = new RandomStreams(2);
        Set<Long> seeds = new HashSet<>();
        for (EvalDraw draw : EvalDraw.values()) {
            assertThat(draw.seed(random, 0)).isEqualTo(random.seed(Stream.EVAL, draw.ordinal()));
            for (int replicate = 0; replicate < 100; replicate++) {
                seeds.add(draw.seed(random, replicate));
            }
        }
        assertThat(seeds).hasSize(100 * EvalDraw.values().length);
    }
}
