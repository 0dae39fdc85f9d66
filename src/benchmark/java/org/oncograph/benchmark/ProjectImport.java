package org.oncograph.benchmark;

import org.neo4j.driver.Driver;

/** Loads the generated registry through OncoGraph's own import path. */
final class ProjectImport {

    /** How the import ran. */
    record Outcome(String path, int batch) {
    }

    private ProjectImport() {
    }

    static Outcome run(SyntheticRegistry registry, AppProcess app, Driver driver) {
        return new Outcome("none", 0); // TEMP
    }
}
