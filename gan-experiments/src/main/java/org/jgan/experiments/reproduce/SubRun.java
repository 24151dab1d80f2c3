package org.jgan.experiments.reproduce;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One experiment of the paper suite: run as {@code ./gan run EXPERIMENT --out ROOT/DIRECTORY --set ...} would run
 * it, then its summary.json is set beside the paper by its {@link Target}s.
 *
 * @param directory    the sub-run's directory name inside the suite's directory
 * @param experiment   the registered experiment name
 * @param section      where the report shows it
 * @param title        what it reproduces, for the report
 * @param settings     {@code --set} values; keys the experiment does not declare are left out with a note
 * @param needsData    whether it reads a data set: a rejected configuration (data absent) skips it instead of
 *                     failing it
 * @param targets      the numbers the report compares with the paper
 */
public record SubRun(String directory, String experiment, Section section, String title, Map<String, String> settings,
                     boolean needsData, List<Target> targets) {
    /** Copies the settings (in order) and targets. */
    public SubRun {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        targets = List.copyOf(targets);
    }

    /** Where the report shows a sub-run, in report order. */
    public enum Section {
        /** Numerical checks of the papers' statements. */
        THEORY("Theory checks"),
        /** Figure 1 of Goodfellow et al. 2014 in numbers. */
        FIGURE_1("The 1-D picture (Figure 1)"),
        /** Mode coverage on the ring and grid benchmarks. */
        MIXTURES("Mode coverage on 2-D mixtures (VEEGAN / PacGAN benchmarks)"),
        /** Table 1 and Figures 2-3. */
        IMAGES("MNIST and Fashion-MNIST (Table 1, Figures 2 and 3)");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        /** The report's heading for the section. */
        public String heading() {
            return heading;
        }
    }

    /** The equivalent command line, for the report. */
    public String command(String suiteDirectory, Map<String, String> applied) {
        String sets = applied.entrySet().stream().map(e -> " --set '" + e.getKey() + "=" + e.getValue() + "'")
                .collect(Collectors.joining());
        return "./gan run " + experiment + " --out " + suiteDirectory + "/" + directory + sets;
    }
}
