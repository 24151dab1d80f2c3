package org.jgan.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Pattern RATE = Pattern.compile("(\\d+) it/s  (\\S+) left");

    /** A progress bar on a clock the test moves, one update every quarter second. */
    private static final class Display {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long now;
        private long done;
        private final Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                () -> now);

        Display(long total) {
            progress.start("training", 0, total);
        }

        void run(double itemsPerSecond, double seconds) {
            for (int quarter = 0; quarter < seconds * 4; quarter++) {
                now += SECOND / 4;
                done += Math.round(itemsPerSecond / 4);
                progress.update(done, "");
            }
        }

        void pause(double seconds) {
            now += (long) (seconds * SECOND);
        }

        Matcher lastLine() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            Matcher m = RATE.matcher(text.substring(text.lastIndexOf('\r')));
            assertThat(m.find()).as("a rate in %s", text.substring(text.lastIndexOf('\r'))).isTrue();
            return m;
        }
    }

    @Test
    void aSteadyRateIsShownFromTheFirstSecondsOn() {
        Display display = new Display(1_000_000);
        display.run(100, 2);
        assertThat(Integer.parseInt(display.lastLine().group(1))).isEqualTo(100);
        display.run(100, 600);
        assertThat(Integer.parseInt(display.lastLine().group(1))).isEqualTo(100);
    }

    /**
     * After a ten-minute pause in a 200 s stretch at 100 it/s, two minutes at 100 it/s again show at least 80 it/s:
     * the pause's stretch is two time constants old and counts e⁻² ≈ 0.14. The mean since the start would show
     * 35 it/s (32,000 items in 920 s) and an estimate of the time left almost three times too long.
     */
    @Test
    void aPauseFadesWithinMinutes() {
        Display display = new Display(1_000_000);
        display.run(100, 200);
        display.pause(600);
        display.run(100, 120);
        Matcher line = display.lastLine();
        assertThat(Integer.parseInt(line.group(1))).isBetween(80, 100);
        assertThat(line.group(2)).endsWith("h");
    }
}
