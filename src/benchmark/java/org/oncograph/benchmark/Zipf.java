package org.oncograph.benchmark;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few hubs and a long tail, as in the registry. */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        cumulative = new double[n];
        double total = 0;
        for (int rank = 0; rank < n; rank++) {
            total += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
    }

    /** Share of all draws that land on {@code rank}. */
    double share(int rank) {
        double previous = rank == 0 ? 0 : cumulative[rank - 1];
        return (cumulative[rank] - previous) / cumulative[cumulative.length - 1];
    }

    int size() {
        return cumulative.length;
    }
}
