package org.jgan.core.optim;

import static org.jgan.core.optim.GradientTransforms.descend;
import static org.jgan.core.optim.GradientTransforms.trace;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;

/**
 * Registers the optimizers by name:
 * <ul>
 *   <li>{@code sgd}: classic momentum, v ← μ v − lr ∇, θ ← θ + v (the form Goodfellow et al.'s code used);</li>
 *   <li>{@code adam}: Kingma and Ba 2015, θ ← θ − lr m̂ / (√v̂ + ε);</li>
 *   <li>{@code rmsprop}: Tieleman and Hinton 2012, θ ← θ − lr ∇ / (√a + ε), the WGAN critic's optimizer.</li>
 * </ul>
 */
public final class OptimizersModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<String, OptimizerFactory> optimizers =
                MapBinder.newMapBinder(binder(), String.class, OptimizerFactory.class);
        optimizers.addBinding("sgd").toInstance(h -> Optimizer.chain("sgd", descend(h.learningRate()),
                trace(h.momentum())));
        optimizers.addBinding("adam").toInstance(h -> Optimizer.chain("adam",
                GradientTransforms.adam(h.beta1(), h.beta2(), GradientTransforms.EPSILON), descend(h.learningRate())));
        optimizers.addBinding("rmsprop").toInstance(h -> Optimizer.chain("rmsprop",
                GradientTransforms.rmsprop(GradientTransforms.RMSPROP_DECAY, GradientTransforms.EPSILON),
                descend(h.learningRate())));
    }
}
