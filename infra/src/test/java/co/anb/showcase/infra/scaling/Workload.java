package co.anb.showcase.infra.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * An arrival pattern of uploads: a rate in uploads per minute as a function of the time in seconds, over a duration.
 * Arrivals are a non-homogeneous Poisson process (independent players), drawn by thinning with a seeded generator.
 */
record Workload(String name, double durationSeconds, double peakPerMinute, DoubleUnaryOperator perMinuteAt,
                boolean steady) {

    static Workload steady(double perMinute, double hours) {
        return new Workload("steady " + fmt(perMinute) + "/min", hours * 3600, perMinute, t -> perMinute, true);
    }

    /** {@code count} uploads within {@code minutes}, on top of a background rate, then the background alone. */
    static Workload burst(int count, double minutes, double backgroundPerMinute, double hours) {
        double burstRate = count / minutes;
        return new Workload("burst " + count + " in " + fmt(minutes) + " min", hours * 3600,
                burstRate + backgroundPerMinute,
                t -> backgroundPerMinute + (t >= 600 && t < 600 + minutes * 60 ? burstRate : 0), false);
    }

    /**
     * 24 h of a contest day: 1/min at night, 6/min by day, a ramp from 17:00 to an evening peak of 25/min between
     * 19:00 and 21:00, back to 6/min by 23:00. About 7,900 uploads.
     */
    static Workload eveningPeakDay() {
        double[][] points = {{0, 1}, {6, 1}, {8, 6}, {17, 6}, {19, 25}, {21, 25}, {23, 6}, {24, 1}};
        return new Workload("day, evening peak", 24 * 3600, 25, t -> interpolate(points, t / 3600), false);
    }

    /** Arrival times in seconds, sorted. The same seed gives the same list. */
    List<Double> arrivals(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double peakPerSecond = peakPerMinute / 60;
        List<Double> times = new ArrayList<>();
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / peakPerSecond;
            if (t >= durationSeconds) {
                return times;
            }
            if (random.nextDouble() * peakPerMinute < perMinuteAt.applyAsDouble(t)) {
                times.add(t);
            }
        }
    }

    private static double interpolate(double[][] points, double hour) {
        for (int i = 1; i < points.length; i++) {
            if (hour <= points[i][0]) {
                double share = (hour - points[i - 1][0]) / (points[i][0] - points[i - 1][0]);
                return points[i - 1][1] + share * (points[i][1] - points[i - 1][1]);
            }
        }
        return points[points.length - 1][1];
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
