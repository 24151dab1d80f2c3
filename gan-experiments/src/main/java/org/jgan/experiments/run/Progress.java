package org.jgan.experiments.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for long work, redrawn at most a few times a second, with a rate and an
 * estimate of the time left. Writes nothing to the run directory (wall time is not part of a run's results).
 *
 * <p>The rate is recent, not the mean since the start: each stretch between two redraws counts with weight
 * e^(−age/τ), τ = {@value #RATE_TIME_CONSTANT_SECONDS} s, normalised as Adam corrects its moments for their
 * start, r = Σ wᵢ·rᵢ / (1 − e^(−elapsed/τ)). In the first seconds that is the mean since the start; after a
 * pause or a spell of sharing the cores it is the current rate again within a few minutes, where the mean would
 * stay wrong for hours of a long run.
 */
public final class Progress {
    /** τ, the age at which a stretch's rate counts e⁻¹ as much as the latest. */
    public static final double RATE_TIME_CONSTANT_SECONDS = 60;

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier clock;
    private String label = "";
    private long total;
    private long start;
    private long lastDraw;
    private long lastCount;
    private double weightedRate;

    /**
     * @param out     where to draw (stderr)
     * @param enabled false to stay silent (tests, nested runs)
     */
    public Progress(PrintStream out, boolean enabled) {
        this(out, enabled, System::nanoTime);
    }

    /** The same, with the clock (nanoseconds) given: for tests. */
    Progress(PrintStream out, boolean enabled, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** A display that draws nothing. */
    public static Progress silent() {
        return new Progress(System.err, false);
    }

    /** Starts a task of {@code total} units, already {@code done} of them complete (when resuming). */
    public void start(String label, long done, long total) {
        this.label = label;
        this.total = total;
        this.start = clock.getAsLong();
        this.lastDraw = start;
        this.lastCount = done;
        this.weightedRate = 0;
    }

    /** Reports {@code done} of the total units complete, with a short status such as the latest metric. */
    public void update(long done, String status) {
        long now = clock.getAsLong();
        if (!enabled || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        double rate = recentRate(now, done);
        double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        out.printf(Locale.ROOT, "\r%-14s [%s%s] %3.0f%% %d/%d  %.0f it/s  %s left  %s   ", label,
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), 100 * fraction, done, total, rate,
                Double.isNaN(left) ? "?" : formatSeconds(left), status);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    /** Folds the stretch since the last redraw into the weighted rate and returns it, corrected for the start. */
    private double recentRate(long now, long done) {
        double stretch = (now - lastDraw) / 1e9;
        double elapsed = (now - start) / 1e9;
        if (stretch > 0) {
            double weight = -Math.expm1(-stretch / RATE_TIME_CONSTANT_SECONDS);
            weightedRate += weight * ((done - lastCount) / stretch - weightedRate);
        }
        lastDraw = now;
        lastCount = done;
        double covered = -Math.expm1(-elapsed / RATE_TIME_CONSTANT_SECONDS);
        return covered > 0 ? weightedRate / covered : 0;
    }

    private static String formatSeconds(double s) {
        if (s < 120) {
            return String.format(Locale.ROOT, "%.0fs", s);
        }
        return s < 7200 ? String.format(Locale.ROOT, "%.1fmin", s / 60) : String.format(Locale.ROOT, "%.1fh", s / 3600);
    }
}
