package org.jgan.core.optim;

/** The schedule implementations behind {@link Schedule}'s factories; records, so they print their config. */
final class Schedules {
    private Schedules() {
    }

    record Constant(double value) implements Schedule {
        @Override
        public double at(long step) {
            return value;
        }
    }

    record ExponentialDecay(double initial, double divisor, double floor) implements Schedule {
        @Override
        public double at(long step) {
            return Math.max(initial * Math.pow(divisor, -step), floor);
        }
    }

    record Linear(double start, double end, long from, long to) implements Schedule {
        @Override
        public double at(long step) {
            if (step <= from) {
                return start;
            }
            if (step >= to) {
                return end;
            }
            return start + (end - start) * (step - from) / (double) (to - from);
        }
    }

    record PerEpoch(Schedule inner, long stepsPerEpoch) implements Schedule {
        @Override
        public double at(long step) {
            return inner.at(step / stepsPerEpoch);
        }
    }
}
