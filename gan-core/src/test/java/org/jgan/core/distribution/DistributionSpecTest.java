package org.jgan.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing distribution specs, printing them back, and the messages for malformed ones. */
class DistributionSpecTest {
    static Stream<Distribution> distributions() {
        return Stream.of(new Normal(4, 0.5), new Normal(-1e-5, 1.0e7), new Normal(0.1, 1.0 / 3),
                new Uniform(-1, 1), new Uniform(0.25, 1e300), new Laplace(0, 1), new Laplace(-2.5, 0.001),
                new Mixture(new double[] {1, 3}, List.of(new Normal(-2, 0.5), new Normal(2, 0.5))),
                new Mixture(new double[] {0.2, 0.3, 0.5}, List.of(new Uniform(0, 1), new Laplace(3, 1),
                        new Mixture(new double[] {1}, List.of(new Normal(0, 1))))),
                Ring.of(8, 1, 0.01), Ring.of(1, 2.5, 0.1), Grid.of(5, 2, 0.05), Grid.of(2, 1.5, 0.3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void everySpecParsesBackToAnEqualDistribution(Distribution d) {
        Distribution parsed = DistributionSpec.parse(d.toString());
        assertThat(parsed).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(parsed.toString()).isEqualTo(d.toString());
    }

    @Test
    void parsesTheDocumentedFormsWithSpaces() {
        assertThat(DistributionSpec.parse(" normal( 4 , 0.5 ) ")).isEqualTo(new Normal(4, 0.5));
        assertThat(DistributionSpec.parse("uniform(-1,+1)")).isEqualTo(new Uniform(-1, 1));
        assertThat(DistributionSpec.parse("laplace(.5,2E-1)")).isEqualTo(new Laplace(0.5, 0.2));
        assertThat(DistributionSpec.parse("mixture(1: normal(-2,0.5), 3: normal(2,0.5))")).isEqualTo(
                new Mixture(new double[] {1, 3}, List.of(new Normal(-2, 0.5), new Normal(2, 0.5))));
        assertThat(DistributionSpec.parse("ring(8,1,0.01)")).isEqualTo(Ring.of(8, 1, 0.01));
        assertThat(DistributionSpec.parse("grid(5,2,0.05)")).isEqualTo(Grid.of(5, 2, 0.05));
    }

    /** (spec, the exact message after "data: "). Positions are 1-based. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("normal(0,)", "at position 10 of 'normal(0,)': expected a number, found ')'"),
                Arguments.of("normal(0 1)", "at position 10 of 'normal(0 1)': expected ',', found '1'"),
                Arguments.of("normal(0,1", "at position 11 of 'normal(0,1': expected ')', found the end"),
                Arguments.of("normal(0,1))", "at position 12 of 'normal(0,1))': expected the end of the spec, found ')'"),
                Arguments.of("normal 0,1", "at position 8 of 'normal 0,1': expected '(', found '0'"),
                Arguments.of("", "at position 1 of '': expected a distribution name (one of normal, uniform, laplace, "
                        + "mixture, ring, grid), found the end"),
                Arguments.of("gauss(0,1)", "at position 1 of 'gauss(0,1)': unknown distribution 'gauss'; known: normal, "
                        + "uniform, laplace, mixture, ring, grid"),
                Arguments.of("normal(1e,1)", "at position 10 of 'normal(1e,1)': expected the digits of an exponent, "
                        + "found ','"),
                Arguments.of("ring(8.5,1,0.01)", "at position 6 of 'ring(8.5,1,0.01)': expected a whole number, found '8'"),
                Arguments.of("mixture(1 normal(0,1))", "at position 11 of 'mixture(1 normal(0,1))': expected ':', found 'n'"),
                Arguments.of("mixture(1:normal(0,1),2:normal(0,))",
                        "at position 34 of 'mixture(1:normal(0,1),2:normal(0,))': expected a number, found ')'"),
                Arguments.of("mixture(1:ring(8,1,0.01))",
                        "at position 11 of 'mixture(1:ring(8,1,0.01))': expected a 1-D mixture component, found "
                                + "'ring(8,1,0.01)'"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @MethodSource("malformed")
    void malformedSpecsPointAtThePositionAndSayWhatWasExpected(String spec, String message) {
        assertThatThrownBy(() -> DistributionSpec.parse("data", spec)).isInstanceOf(ConfigException.class)
                .hasMessage("data: " + message)
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("data");
    }

    /** (spec, the parameter the message must name). */
    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of("normal(0,0)", "normal(mean, std): std"),
                Arguments.of("normal(0,-1)", "normal(mean, std): std"),
                Arguments.of("normal(1e999,1)", "normal(mean, std): mean"),
                Arguments.of("uniform(1,1)", "uniform(a, b): b"),
                Arguments.of("uniform(2,1)", "uniform(a, b): b"),
                Arguments.of("laplace(0,0)", "laplace(m, b): b"),
                Arguments.of("mixture(1:normal(0,1),0:normal(1,1))", "mixture: weight 2"),
                Arguments.of("mixture(-1:normal(0,1))", "mixture: weight 1"),
                Arguments.of("ring(0,1,0.01)", "ring(modes, radius, std): modes"),
                Arguments.of("ring(8,0,0.01)", "ring(modes, radius, std): radius"),
                Arguments.of("ring(8,1,0)", "ring(modes, radius, std): std"),
                Arguments.of("grid(0,2,0.05)", "grid(modes-per-side, spacing, std): modes-per-side"),
                Arguments.of("grid(5,-2,0.05)", "grid(modes-per-side, spacing, std): spacing"),
                Arguments.of("grid(5,2,-0.05)", "grid(modes-per-side, spacing, std): std"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void invalidParametersAreNamed(String spec, String parameter) {
        assertThatThrownBy(() -> DistributionSpec.parse("data", spec)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("data: at position 1 of '" + spec + "': " + parameter + ": expected");
    }

    @Test
    void univariateSpecsRejectPlanarDistributions() {
        assertThat(DistributionSpec.parseUnivariate("data", "laplace(0,1)")).isEqualTo(new Laplace(0, 1));
        assertThatThrownBy(() -> DistributionSpec.parseUnivariate("data", "grid(5,2,0.05)"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("data: expected a 1-D distribution");
    }

    @Test
    void theDefaultFieldIsNamed() {
        assertThatThrownBy(() -> DistributionSpec.parse("normal(")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(DistributionSpec.DEFAULT_FIELD + ": at position 8");
    }
}
