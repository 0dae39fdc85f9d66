package org.oncograph.benchmark;

import java.util.List;

/** The API questions of issue 6 with their request mixes (hubs and long tail) and raw-driver twins. */
final class Queries {

    private Queries() {
    }

    static List<QuerySpec> all(SyntheticRegistry registry) {
        return List.of();
    }
}
