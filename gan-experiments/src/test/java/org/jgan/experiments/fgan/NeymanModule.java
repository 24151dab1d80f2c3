package org.jgan.experiments.fgan;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoMap;
import com.google.inject.multibindings.StringMapKey;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;

/** A user's Guice module adding the {@link NeymanChiSquared} f-GAN loss by name, as in docs/divergences.md. */
public final class NeymanModule extends AbstractModule {
    /** The loss, with the generator objective the run chose ({@code --set fgan-generator=...}). */
    @ProvidesIntoMap
    @StringMapKey(NeymanChiSquared.NAME)
    AdversarialLoss neyman(GeneratorObjective objective) {
        return new FGanLoss(new NeymanChiSquared(), objective);
    }
}
