package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.oncograph.graph.GraphChangedEvent;

/**
 * When the statistics are computed in the background: from the moment the application serves, and after every change
 * from then on; never for changes made before (an import run as a command, which exits without serving).
 */
class StatsServiceTest {

    /** Keeps the computations submitted to it without running them (no database is needed to count them). */
    private static final class Submitted extends AbstractExecutorService {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    @Test
    void aChangeBeforeTheApplicationServesIsCountedButComputesNothing() {
        Submitted executor = new Submitted();
        StatsService stats = new StatsService(null, Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ZERO,
                Clock.systemUTC(), executor);

        stats.onGraphChanged(new GraphChangedEvent("an import run as a command"));
        stats.onGraphChanged(new GraphChangedEvent("another"));
        assertThat(executor.tasks).isEmpty();

        stats.onReady();
        assertThat(executor.tasks).as("the first figures, when the application is ready").hasSize(1);
    }
}
