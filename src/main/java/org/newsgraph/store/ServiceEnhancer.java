package org.newsgraph.store;

import org.apache.jena.sparql.service.enhancer.init.ServiceEnhancerInit;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Turns on Jena's service enhancer for a dataset, so {@code SERVICE <loop:bulk+N:URL>} sends one request per
 * N rows instead of one per row. The plugin registers itself when its jar is loaded, but its correlated join
 * ({@code loop:}) needs the dataset's optimizer wrapped; wrapping twice would stack two wrappers, hence the mark
 * (the server checks the same mark for datasets that do not come from a store).
 */
final class ServiceEnhancer {
    private static final Symbol ENABLED = Symbol.create("https://w3id.org/newsgraph/ns#serviceEnhancer");

    private ServiceEnhancer() {
    }

    /** Wraps the optimizer of this context, once, and names the cause when a SERVICE call fails on the network. */
    static synchronized void enable(Context context) {
        if (!context.isTrue(ENABLED)) {
            ServiceEnhancerInit.wrapOptimizer(context);
            ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(
                    ServiceExecutorRegistry.chooseRegistry(context));
            registry.addSingleLink(new UnreachableService());
            ServiceExecutorRegistry.set(context, registry);
            context.set(ENABLED, true);
        }
    }
}
