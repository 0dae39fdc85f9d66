package org.oncograph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.oncograph.OncoGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The command-line forms of the export: {@code --oncograph.export.to=FILE} writes the whole graph to FILE,
 * {@code --oncograph.export.load-from=FILE} loads an export into the database; either then stops OncoGraph. A
 * failure stops start-up, so the process exits non-zero with the reason. See {@link TaskModeEnvironment} for what
 * task mode switches off.
 */
@Component
class ExportTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportTasks.class);

    private final GraphExport export;
    private final OncoGraphProperties.Export config;

    ExportTasks(GraphExport export, OncoGraphProperties properties) {
        this.export = export;
        this.config = properties.export();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (config.loadFrom() != null) {
            load(config.loadFrom());
        }
        if (config.to() != null) {
            exportTo(config.to());
        }
    }

    /** The task is done once the application is ready: stop, as a command-line tool does. */
    @EventListener(ApplicationReadyEvent.class)
    void stopAfterTask(ApplicationReadyEvent ready) {
        if (config.task()) {
            ConfigurableApplicationContext context = ready.getApplicationContext();
            context.close();
        }
    }

    private void load(Path file) throws IOException {
        long started = System.nanoTime();
        if (!Files.isReadable(file)) {
            throw new GraphStartupException("Cannot read " + file.toAbsolutePath() + ".",
                    "Check oncograph.export.load-from.", null);
        }
        int statements = export.load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        log.info("Loaded {} ({} statements) in {} ms", file.toAbsolutePath(), statements,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void exportTo(Path file) throws IOException {
        long started = System.nanoTime();
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place at the end: the target is never a half-written export.
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            GraphExport.Summary summary;
            try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                summary = export.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Exported {} nodes and {} relationships to {} in {} ms", summary.nodes(),
                    summary.relationships(), target, (System.nanoTime() - started) / 1_000_000);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
