package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

class DriverLoggingConfigurationTest {

    /** Counts how often it is turned into text, as the driver's Bolt message logging would turn a message. */
    private static final class Message {
        final AtomicInteger formatted = new AtomicInteger();

        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "RUN {rows: [...]}";
        }
    }

    private static int formattedOnDebug(Logging logging) {
        Message message = new Message();
        logging.getLog("org.neo4j.driver.test").debug("C: %s", message);
        return message.formatted.get();
    }

    @Test
    void theApplicationsDriverDoesNotFormatDebugMessagesThatAreNotLogged() {
        Config.ConfigBuilder builder = Config.builder();
        new DriverLoggingConfiguration().driverLogsThroughSlf4j().customize(builder);
        assertThat(formattedOnDebug(builder.build().logging())).isZero();
    }

    @Test
    void theDriversDefaultLoggingFormatsThemAnyway() {
        // Why the configuration exists: if a driver upgrade fixes this, the configuration is no longer needed.
        assertThat(formattedOnDebug(Config.defaultConfig().logging())).isEqualTo(1);
    }
}
