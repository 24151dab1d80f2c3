package org.jgan.models;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.jgan.models.architecture.Architecture;
import org.jgan.models.architecture.GoodfellowMnist;
import org.jgan.models.architecture.ToyMlp1d;
import org.jgan.models.architecture.ToyMlp2d;

/**
 * Registers every {@link Architecture} by name in a {@code MapBinder<String, Architecture>}; a user's module
 * adds its own with {@code MapBinder.newMapBinder(binder(), String.class, Architecture.class).addBinding(name)}.
 */
public final class ModelsModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<String, Architecture> models = MapBinder.newMapBinder(binder(), String.class, Architecture.class);
        models.addBinding(ToyMlp1d.NAME).toInstance(new ToyMlp1d());
        models.addBinding(ToyMlp2d.NAME).toInstance(new ToyMlp2d());
        models.addBinding(GoodfellowMnist.NAME).toInstance(GoodfellowMnist.paper());
        models.addBinding(GoodfellowMnist.RELU_NAME).toInstance(GoodfellowMnist.reluDiscriminator());
    }
}
