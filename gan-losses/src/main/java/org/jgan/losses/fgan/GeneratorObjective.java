package org.jgan.losses.fgan;

import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;

/**
 * What the generator of an f-GAN minimises (Nowozin et al. 2016, Section 3).
 *
 * <p>The critic minimises L_D = mean φ_real(v_real) + mean φ_fake(v_fake) with φ_real = −g_f and
 * φ_fake = f* ∘ g_f. {@link #SADDLE} follows the saddle point of F(θ, ω) = E_P[g_f(V)] − E_Q[f*(g_f(V))]:
 * G minimises E_Q[−f*(g_f(V))], the only term of F it moves. {@link #PRACTICAL} is the paper's recommended
 * alternative, which "maximises E_Q[g_f(V)]" and so minimises E_Q[−g_f(V)]: for the GAN row it is
 * Goodfellow's non-saturating generator, while SADDLE is his minimax one.
 *
 * <p>Selected in Guice through an {@code OptionalBinder} whose default is {@link #PRACTICAL}; a run overrides
 * it with {@code OptionalBinder.newOptionalBinder(binder(), GeneratorObjective.class).setBinding()}.
 */
public enum GeneratorObjective {
    /** L_G = −mean f*(g_f(v_fake)): the generator minimises the critic's objective (up to E_P[T]). */
    SADDLE {
        @Override
        public ScoreTerm generatorTerm(SeparableObjective critic) {
            return critic.fake().negated();
        }
    },
    /** L_G = −mean g_f(v_fake): the generator wants its samples scored as the critic scores real ones. */
    PRACTICAL {
        @Override
        public ScoreTerm generatorTerm(SeparableObjective critic) {
            return critic.real();
        }
    };

    /** The generator's per-sample term, given the critic's objective. */
    public abstract ScoreTerm generatorTerm(SeparableObjective critic);
}
