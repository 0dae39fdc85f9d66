package org.oncograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OncoGraph: a knowledge graph of cancer immunotherapies on Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OncoGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(OncoGraphApplication.class, args);
    }
}
