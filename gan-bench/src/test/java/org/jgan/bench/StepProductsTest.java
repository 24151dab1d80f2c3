package org.jgan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgan.core.train.UpdateRule;
import org.jgan.models.init.UniformInit;
import org.jgan.models.network.Mlp;
import org.jgan.models.network.Sequential;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class StepProductsTest {
    private final Sequential generator = Mlp.builder(3).dense(4, new UniformInit(0.1)).relu()
            .dense(5, new UniformInit(0.1)).build(DataType.FLOAT);
    private final Sequential discriminator = Mlp.builder(5).dropout(0.5).dense(6, new UniformInit(0.1)).relu()
            .dense(1, new UniformInit(0.1)).build(DataType.FLOAT);

    private static GemmShape plain(long m, long k, long n) {
        return new GemmShape(m, k, n, false, false);
    }

    private static GemmShape weights(long m, long k, long n) {
        return new GemmShape(m, k, n, true, false);
    }

    private static GemmShape input(long m, long k, long n) {
        return new GemmShape(m, k, n, false, true);
    }

    @Test
    void simultaneousStepListsEveryProductOfTheTrainer() {
        // Batch 2: G on 2 rows, D on the 4 stacked rows. D's parameter pass stops at its first dense layer (index 1,
        // after the dropout); its input pass goes all the way down; G's parameter pass skips its first layer's dx.
        List<GemmShape> expected = List.of(
                plain(2, 3, 4), plain(2, 4, 5),
                plain(4, 5, 6), plain(4, 6, 1),
                weights(6, 4, 1), weights(1, 4, 1), input(4, 1, 6), weights(5, 4, 6), weights(1, 4, 6),
                input(4, 1, 6), input(4, 6, 5),
                weights(4, 2, 5), weights(1, 2, 5), input(2, 5, 4), weights(3, 2, 4), weights(1, 2, 4));
        assertThat(StepProducts.iteration(generator, discriminator, 2, UpdateRule.SIMULTANEOUS))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void algorithmOneRunsASecondForwardPassOnFreshNoiseForTheGenerator() {
        List<GemmShape> expected = List.of(
                plain(2, 3, 4), plain(2, 4, 5),
                plain(4, 5, 6), plain(4, 6, 1),
                weights(6, 4, 1), weights(1, 4, 1), input(4, 1, 6), weights(5, 4, 6), weights(1, 4, 6),
                plain(2, 3, 4), plain(2, 4, 5),
                plain(2, 5, 6), plain(2, 6, 1),
                input(2, 1, 6), input(2, 6, 5),
                weights(4, 2, 5), weights(1, 2, 5), input(2, 5, 4), weights(3, 2, 4), weights(1, 2, 4));
        assertThat(StepProducts.iteration(generator, discriminator, 2, UpdateRule.ALTERNATING))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void flopsAreTwoPerMultiplyAdd() {
        assertThat(new GemmShape(2, 3, 4, true, false).flops()).isEqualTo(48.0);
        assertThat(StepProducts.flops(List.of(plain(1, 1, 1), plain(2, 2, 2)))).isEqualTo(18.0);
    }

    @Test
    void transposedOperandsAreStoredTransposed() {
        GemmShape shape = new GemmShape(2, 3, 4, true, true);
        assertThat(shape.aShape()).containsExactly(3, 2);
        assertThat(shape.bShape()).containsExactly(4, 3);
    }
}
