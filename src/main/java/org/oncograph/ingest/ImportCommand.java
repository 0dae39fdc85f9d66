package org.oncograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code --oncograph.import=<file|zip|folder>} imports ClinicalTrials.gov records and
 * {@code --oncograph.import-curated=<file|folder>} curated tables into the configured database (by default the
 * local embedded one), prints the report and exits (status 0, or 1 if anything was rejected or failed). With
 * {@code --oncograph.import.initial-load=true} the records were bulk-loaded into a new embedded database before it
 * started ({@link InitialLoadRun}); this prints that load's report.
 */
@Component
class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final Environment environment;
    private final CtgovImporter ctgov;
    private final CuratedImporter curated;
    private final ConfigurableApplicationContext context;
    private final ObjectProvider<InitialLoadRun> initialLoad;

    ImportCommand(Environment environment, CtgovImporter ctgov, CuratedImporter curated,
                  ConfigurableApplicationContext context, ObjectProvider<InitialLoadRun> initialLoad) {
        this.environment = environment;
        this.ctgov = ctgov;
        this.curated = curated;
        this.context = context;
        this.initialLoad = initialLoad;
    }

    @Override
    public void run(ApplicationArguments args) {
        String trials = environment.getProperty("oncograph.import");
        String tables = environment.getProperty("oncograph.import-curated");
        if (trials == null && tables == null) {
            return;
        }
        int status = 0;
        try {
            if (tables != null) {
                var report = curated.importPath(existing(tables));
                System.out.println("Curated import: " + report);
                status = report.rejectedCount() > 0 ? 1 : status;
            }
            InitialLoadRun bulk = initialLoad.getIfAvailable();
            if (bulk != null && bulk.report() != null) {
                // The records were bulk-loaded before Neo4j started; importing them again would only find them unchanged.
                InitialLoad.Report report = bulk.report();
                System.out.printf("ClinicalTrials.gov initial load of %s: %s%n", trials, report);
                report.rejected().forEach(r -> System.out.println("  rejected " + r));
                status = report.rejectedCount() > 0 ? 1 : status;
            } else if (trials != null) {
                ImportReport report = ctgov.importPath(existing(trials));
                System.out.printf("ClinicalTrials.gov import of %s: %d created, %d updated, %d unchanged, %d rejected; "
                                + "%d nodes and %d relationships created in %d ms%n", trials, report.created(),
                        report.updated(), report.unchanged(), report.rejectedCount(), report.nodesCreated(),
                        report.relationshipsCreated(), report.millis());
                report.rejected().forEach(r -> System.out.println("  rejected " + r));
                status = report.rejectedCount() > 0 ? 1 : status;
            }
        } catch (Exception e) {
            log.error("Import failed: {}", e.getMessage());
            status = 2;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static Path existing(String path) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new UnreadableImportException("no such file or folder: " + p.toAbsolutePath());
        }
        return p;
    }
}
