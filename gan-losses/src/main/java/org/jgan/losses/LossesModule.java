package org.jgan.losses;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.OptionalBinder;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.losses.beyond.HingeLoss;
import org.jgan.losses.beyond.LeastSquaresLoss;
import org.jgan.losses.beyond.WassersteinLoss;
import org.jgan.losses.fgan.FGanDivergence;
import org.jgan.losses.fgan.FGanDivergences;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.jgan.losses.goodfellow.MinimaxLoss;
import org.jgan.losses.goodfellow.NonSaturatingLoss;

/**
 * Registers every loss of this module by name in a {@code MapBinder<String, AdversarialLoss>}:
 * {@code minimax}, {@code non-saturating}, the f-GAN rows {@code kl}, {@code reverse-kl}, {@code js},
 * {@code pearson}, {@code squared-hellinger}, {@code total-variation}, {@code gan}, and {@code wasserstein},
 * {@code least-squares}, {@code hinge}, each with its paper's defaults.
 *
 * <p>The f-GAN generator's form is an {@code OptionalBinder<GeneratorObjective>} defaulting to
 * {@link GeneratorObjective#PRACTICAL}; a run's module overrides it with
 * {@code OptionalBinder.newOptionalBinder(binder(), GeneratorObjective.class).setBinding().toInstance(SADDLE)}.
 * A user's module adds a loss with {@code MapBinder.newMapBinder(binder(), String.class,
 * AdversarialLoss.class).addBinding("name")...}, and the shared contract tests then check it too.
 */
public final class LossesModule extends AbstractModule {
    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), GeneratorObjective.class)
                .setDefault().toInstance(GeneratorObjective.PRACTICAL);
        MapBinder<String, AdversarialLoss> losses =
                MapBinder.newMapBinder(binder(), String.class, AdversarialLoss.class);
        losses.addBinding(MinimaxLoss.NAME).toInstance(new MinimaxLoss());
        losses.addBinding(NonSaturatingLoss.NAME).toInstance(new NonSaturatingLoss());
        Provider<GeneratorObjective> objective = getProvider(GeneratorObjective.class);
        for (FGanDivergence divergence : FGanDivergences.ALL) {
            losses.addBinding(divergence.name()).toProvider(new FGanLossProvider(divergence, objective));
        }
        losses.addBinding(WassersteinLoss.NAME).toInstance(new WassersteinLoss());
        losses.addBinding(LeastSquaresLoss.NAME).toInstance(new LeastSquaresLoss());
        losses.addBinding(HingeLoss.NAME).toInstance(new HingeLoss());
    }

    /** An f-GAN loss for one row, with the generator objective the injector resolves. */
    private record FGanLossProvider(FGanDivergence divergence, Provider<GeneratorObjective> objective)
            implements Provider<AdversarialLoss> {
        @Override
        public AdversarialLoss get() {
            return new FGanLoss(divergence, objective.get());
        }
    }
}
