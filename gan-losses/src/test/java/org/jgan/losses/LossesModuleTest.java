package org.jgan.losses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.junit.jupiter.api.Test;

class LossesModuleTest {
    @Test
    void registersEveryLossByName() {
        assertThat(RegisteredLosses.registry(new LossesModule()).keySet()).containsExactlyInAnyOrder(
                "minimax", "non-saturating", "kl", "reverse-kl", "js", "pearson", "squared-hellinger",
                "total-variation", "gan", "wasserstein", "least-squares", "hinge");
    }

    @Test
    void fGanGeneratorsArePracticalByDefault() {
        Map<String, AdversarialLoss> registry = RegisteredLosses.registry(new LossesModule());
        assertThat(registry.get("kl")).isInstanceOf(FGanLoss.class).hasToString("f-GAN(kl, generator=PRACTICAL)");
    }

    @Test
    void aRunOverridesTheGeneratorObjective() {
        Map<String, AdversarialLoss> registry =
                RegisteredLosses.registry(RegisteredLosses.withObjective(GeneratorObjective.SADDLE));
        assertThat(registry.get("pearson")).hasToString("f-GAN(pearson, generator=SADDLE)");
        assertThat(registry.get("gan")).hasToString("f-GAN(gan, generator=SADDLE)");
        assertThat(registry.get("minimax")).hasToString(RegisteredLosses.registry(new LossesModule())
                .get("minimax").toString());
    }

    @Test
    void toStringsShowTheConfiguration() {
        Map<String, AdversarialLoss> registry = RegisteredLosses.registry(new LossesModule());
        assertThat(registry.get("wasserstein")).hasToString("wasserstein(clip=0.01)");
        assertThat(registry.get("least-squares")).hasToString("least-squares(a=0.0, b=1.0, c=1.0)");
        assertThat(registry.get("minimax")).hasToString("minimax(L_G = mean -(softplus(s)))");
        assertThat(registry.get("non-saturating")).hasToString("non-saturating(L_G = mean softplus(-s))");
    }
}
