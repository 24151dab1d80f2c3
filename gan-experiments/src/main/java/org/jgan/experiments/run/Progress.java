package org.jgan.experiments.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long work, redrawn at most a few times a second, with a rate and an
 * estimate of the time left. Writes nothing to the run directory (wall time is not part of a run's results).
 */
public final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private String label = "";
    private long total;
    private long start;
    private long startCount;
    private long lastDraw;

    /**
     * @param out     where to draw (stderr)
     * @param enabled false to stay silent (tests, nested runs)
     */
    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A display that draws nothing. */
    public static Progress silent() {
        return new Progress(System.err, false);
    }

    /** Starts a task of {@code total} units, already {@code done} of them complete (when resuming). */
    public void start(String label, long done, long total) {
        this.label = label;
        this.total = total;
        this.start = System.nanoTime();
        this.startCount = done;
        this.lastDraw = 0;
    }

    /** Reports {@code done} of the total units complete, with a short status such as the latest metric. */
    public void update(long done, String status) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = (now - start) / 1e9;
        double rate = (done - startCount) / Math.max(seconds, 1e-9);
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        out.printf(Locale.ROOT, "\r%-14s [%s%s] %3.0f%% %d/%d  %.0f it/s  %s left  %s   ", label,
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), 100 * fraction, done, total, rate,
                Double.isNaN(left) ? "?" : formatSeconds(left), status);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    private static String formatSeconds(double s) {
        return s < 120 ? String.format(Locale.ROOT, "%.0fs", s) : String.format(Locale.ROOT, "%.1fmin", s / 60);
    }
}
