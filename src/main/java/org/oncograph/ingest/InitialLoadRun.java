package org.oncograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.oncograph.graph.EmbeddedStoreLoader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * {@code --oncograph.import=<file|zip|folder> --oncograph.import.initial-load=true}: the records are bulk-loaded
 * into a new embedded database before the embedded Neo4j starts (see {@link InitialLoad}); the application then
 * starts on that store as on any other (schema, seed), and {@link ImportCommand} prints this run's report and exits.
 * {@link InitialLoadEnvironment} has refused it already if the graph is not the embedded one.
 */
@Component
@ConditionalOnProperty(name = "oncograph.import.initial-load", havingValue = "true")
class InitialLoadRun implements EmbeddedStoreLoader {

    private final Path registry;
    private final IngestProperties limits;
    private InitialLoad.Report report;

    InitialLoadRun(Environment environment, IngestProperties limits) {
        this.limits = limits;
        String path = environment.getProperty("oncograph.import");
        if (!StringUtils.hasText(path)) {
            throw new InitialLoadRefusedException("oncograph.import.initial-load is set but there is nothing to load.",
                    "Name the records with --oncograph.import=<file|zip|folder>.");
        }
        this.registry = Path.of(path);
        if (!Files.exists(registry)) {
            throw new InitialLoadRefusedException("No such file or folder: " + registry.toAbsolutePath() + ".",
                    "Name the records with --oncograph.import=<file|zip|folder>.");
        }
    }

    @Override
    public void load(Path home) {
        report = InitialLoad.load(home, registry, new TrialMapper(Dictionaries.load()), limits);
    }

    /** This run's report, or null if the embedded Neo4j (and so the load) has not started. */
    InitialLoad.Report report() {
        return report;
    }
}
