package org.jgan.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgan.experiments.reproduce.Target.AtLeast;
import org.jgan.experiments.reproduce.Target.AtMost;
import org.jgan.experiments.reproduce.Target.Near;
import org.jgan.experiments.reproduce.Target.NearKey;
import org.jgan.experiments.reproduce.Target.Relative;
import org.jgan.experiments.reproduce.Target.Shown;
import org.junit.jupiter.api.Test;

/** Each goal's verdict on both sides of its boundary, and what a summary without the key gives. */
class TargetTest {
    private static final Map<String, Object> SUMMARY = Map.of("modes_mean", 6.4, "modes_std", 0.5,
            "criterion_value", -1.16, "criterion_theory", -1.1634513968, "relative_error", 0.02, "label", "text");

    @Test
    void boundsIncludeTheirBoundary() {
        assertThat(Target.of("m", "modes_mean", "6.3", new AtLeast(6.4)).met(SUMMARY)).contains(true);
        assertThat(Target.of("m", "modes_mean", "6.3", new AtLeast(6.5)).met(SUMMARY)).contains(false);
        assertThat(Target.of("m", "modes_mean", "", new AtMost(6.4)).met(SUMMARY)).contains(true);
        assertThat(Target.of("m", "modes_mean", "", new AtMost(6.3)).met(SUMMARY)).contains(false);
    }

    @Test
    void nearnessAgainstAValueAnotherKeyOrARelativeBand() {
        assertThat(Target.of("c", "criterion_value", "", new NearKey("criterion_theory", 0.01)).met(SUMMARY))
                .contains(true);
        assertThat(Target.of("c", "criterion_value", "", new NearKey("criterion_theory", 0.001)).met(SUMMARY))
                .contains(false);
        assertThat(Target.of("c", "criterion_theory", "", new Near(-1.1634514, 1e-6)).met(SUMMARY)).contains(true);
        assertThat(Target.of("c", "criterion_theory", "", new Near(-1.1634, 1e-6)).met(SUMMARY)).contains(false);
        assertThat(Target.of("m", "modes_mean", "", new Relative(6.0, 0.1)).met(SUMMARY)).contains(true);
        assertThat(Target.of("m", "modes_mean", "", new Relative(6.0, 0.05)).met(SUMMARY)).contains(false);
    }

    @Test
    void aGoalOnAnotherKeyShowsThatKeysValue() {
        assertThat(new NearKey("criterion_theory", 0.01).describe(SUMMARY))
                .isEqualTo("`criterion_theory` = -1.163451 ± 0.01");
        assertThat(new NearKey("no_such_key", 0.01).describe(SUMMARY)).isEqualTo("`no_such_key` ± 0.01");
    }

    @Test
    void missingOrNonNumericKeysAreNotChecked() {
        assertThat(Target.of("x", "no_such_key", "", new AtLeast(0)).met(SUMMARY)).isEmpty();
        assertThat(Target.of("x", "label", "", new AtLeast(0)).met(SUMMARY)).isEmpty();
        assertThat(Target.of("c", "criterion_value", "", new NearKey("no_such_key", 1)).met(SUMMARY)).isEmpty();
        assertThat(Target.of("x", "no_such_key", "", new AtLeast(0)).ours(SUMMARY)).startsWith("missing");
    }

    @Test
    void shownNumbersHaveNoVerdictButAreReportedWithTheirSpread() {
        Target target = new Target("modes", "modes_mean", "modes_std", "6.3 ± 0.5", new Shown());
        assertThat(target.met(SUMMARY)).isEmpty();
        assertThat(target.ours(SUMMARY)).isEqualTo("6.4 ± 0.5");
    }
}
