package org.jgan.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgan.experiments.run.Report;
import org.junit.jupiter.api.Test;

class Table1Test {
    private static SubRunOutcome succeeded(String name, Map<String, Object> summary) {
        SubRun run = PaperSuite.images(Optional.empty()).stream().filter(r -> r.directory().equals(name)).findFirst()
                .orElseThrow();
        return new SubRunOutcome(run, SubRunOutcome.Status.SUCCEEDED, "", Map.of(), List.of(), summary, 1);
    }

    @Test
    void ourRowAndTheDatasOwnScoreSitUnderThePapersRows() {
        SubRunOutcome mnist = succeeded("mnist", Map.of("parzen_ll", 181.14, "parzen_se", 2.38,
                "parzen_ll_data", 241.19, "parzen_se_data", 2.13));
        Report report = Report.titled("t");
        Table1.addTo(report, Optional.of(mnist), Optional.empty());
        assertThat(report.toString())
                .contains("| Adversarial nets | 225 ± 2 | 2057 ± 26 | — |")
                .contains("| **Adversarial nets, this reproduction** | **181.1 ± 2.4** | not run (TFD is not public) |"
                        + " not run |")
                .contains("| for scale: the data itself, as many training images in place of samples | 241.2 ± 2.1 |"
                        + " — | not run |");
    }

    @Test
    void aSummaryWithoutTheDataScoreSaysSo() {
        SubRunOutcome fashion = succeeded("fashion-mnist", Map.of("parzen_ll", 228.25, "parzen_se", 1.96));
        Report report = Report.titled("t");
        Table1.addTo(report, Optional.empty(), Optional.of(fashion));
        assertThat(report.toString()).contains("| **228.3 ± 2.0** |").contains("| — | missing |");
    }
}
