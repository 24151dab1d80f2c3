package org.jgan.experiments.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.toy.Toy1dExperiment;

/** Registers the experiments by the names {@code ./gan run NAME} takes. */
public final class ExperimentsModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<String, Experiment> experiments = MapBinder.newMapBinder(binder(), String.class, Experiment.class);
        experiments.addBinding("toy-1d").to(Toy1dExperiment.class);
        experiments.addBinding(org.jgan.experiments.theory.OptimalDiscriminatorExperiment.NAME).to(org.jgan.experiments.theory.OptimalDiscriminatorExperiment.class);
        experiments.addBinding(org.jgan.experiments.theory.JsConvergenceExperiment.NAME).to(org.jgan.experiments.theory.JsConvergenceExperiment.class);
        experiments.addBinding(org.jgan.experiments.theory.SaturationExperiment.NAME).to(org.jgan.experiments.theory.SaturationExperiment.class);
        experiments.addBinding(org.jgan.experiments.mixture.Mixture2dExperiment.NAME).to(org.jgan.experiments.mixture.Mixture2dExperiment.class);
        experiments.addBinding(org.jgan.experiments.mnist.MnistExperiment.NAME).to(org.jgan.experiments.mnist.MnistExperiment.class);
        experiments.addBinding(org.jgan.experiments.fgan.DivergenceEstimateExperiment.NAME).to(org.jgan.experiments.fgan.DivergenceEstimateExperiment.class);
        experiments.addBinding(org.jgan.experiments.fgan.GaussianFitExperiment.NAME).to(org.jgan.experiments.fgan.GaussianFitExperiment.class);
    }
}
