package org.jgan.experiments.reproduce;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of one {@link SubRun}.
 *
 * @param run      the sub-run
 * @param status   succeeded, failed or skipped
 * @param note     why it failed or was skipped (empty when it succeeded)
 * @param applied  the settings it ran with
 * @param ignored  settings left out because the experiment does not declare them
 * @param summary  its summary.json (empty unless it succeeded)
 * @param seconds  wall time, for the report only
 */
public record SubRunOutcome(SubRun run, Status status, String note, Map<String, String> applied, List<String> ignored,
                            Map<String, Object> summary, double seconds) {
    /** How a sub-run ended. */
    public enum Status {
        /** It ran to the end and wrote its summary. */
        SUCCEEDED,
        /** It was rejected or failed while running. */
        FAILED,
        /** Its experiment is not registered, or its data is absent. */
        SKIPPED
    }

    /** Copies the collections, keeping their order. */
    public SubRunOutcome {
        applied = Collections.unmodifiableMap(new LinkedHashMap<>(applied));
        ignored = List.copyOf(ignored);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }
}
