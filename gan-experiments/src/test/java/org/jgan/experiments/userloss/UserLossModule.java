package org.jgan.experiments.userloss;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.jgan.core.loss.AdversarialLoss;

/** A user's Guice module adding one loss by name, as in docs/adding-a-loss.md. */
public final class UserLossModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, AdversarialLoss.class)
                .addBinding(ScaledNonSaturatingLoss.NAME).to(ScaledNonSaturatingLoss.class);
    }
}
