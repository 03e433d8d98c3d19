package dev.xinspect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the results table: our median, the baseline's median from the same run, their ratio (ours divided by
 * the baseline's), the target and whether it was met. A figure that could not be measured here says why.
 */
record Figure(String name, String ours, String baseline, String ratio, String target, String result) {

    /** How a target compares. */
    enum Goal { AT_MOST, AT_LEAST, NONE }

    static Figure skipped(String name, String why) {
        return new Figure(name, "—", "—", "—", "—", "skipped: " + why);
    }

    /** A figure with a target on {@code value} (the ratio or the absolute value, whichever the target names). */
    static Figure of(String name, String ours, String baseline, String ratio, Goal goal, double value, double limit,
                     String target) {
        String result = switch (goal) {
            case AT_MOST -> value <= limit ? "pass" : "MISS";
            case AT_LEAST -> value >= limit ? "pass" : "MISS";
            case NONE -> "report";
        };
        return new Figure(name, ours, baseline, ratio, target, result);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
