package org.oncograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/**
 * One read of {@code /actuator/prometheus}, to ask for the value of a series; tests compare two reads, because
 * counters only ever grow and other tests may have moved them already.
 */
public final class PrometheusScrape {

    private final String text;

    private PrometheusScrape(String text) {
        this.text = text;
    }

    public static PrometheusScrape of(ApiClient api) {
        var response = api.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return new PrometheusScrape(response.raw());
    }

    /**
     * The value of the series {@code name} whose labels include each {@code label=value} given (as
     * {@code "source", "ctgov", "outcome", "success"}); 0 when there is none yet.
     */
    public double value(String name, String... labelsAndValues) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (!line.startsWith(name + "{")) {
                continue;
            }
            String labels = line.substring(name.length() + 1, line.lastIndexOf('}'));
            boolean matches = true;
            for (int i = 0; i < labelsAndValues.length; i += 2) {
                matches &= Arrays.asList(labels.split(",")).contains(labelsAndValues[i] + "=\"" + labelsAndValues[i + 1]
                        + "\"");
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** How much a series grew from {@code before} to this read. */
    public double since(PrometheusScrape before, String name, String... labelsAndValues) {
        return value(name, labelsAndValues) - before.value(name, labelsAndValues);
    }
}
