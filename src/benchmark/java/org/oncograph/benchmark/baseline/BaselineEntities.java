package org.oncograph.benchmark.baseline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * The naive way to load trials: Spring Data Neo4j {@code @Node} entities saved with {@code saveAll}. Used only by
 * the benchmark's baseline; labels carry a {@code Baseline} prefix so the sample never mixes with the real graph,
 * and the benchmark gives them the same uniqueness constraints the real labels have.
 */
public final class BaselineEntities {

    private BaselineEntities() {
    }

    /** A trial with its outgoing links, mapped one way as SDN advises. */
    @Node("BaselineTrial")
    public static class Trial {
        @Id
        public String nctId;
        public String title;
        public String officialTitle;
        public List<String> phases;
        public String status;
        public String startDate;
        public String completionDate;
        public Integer enrollment;
        public String studyType;
        @Relationship("TESTS")
        public List<Therapy> therapies = new ArrayList<>();
        @Relationship("STUDIES")
        public List<Cancer> cancers = new ArrayList<>();
        @Relationship("SPONSORED_BY")
        public List<Institution> sponsors = new ArrayList<>();
        @Relationship("CONDUCTED_AT")
        public List<Institution> sites = new ArrayList<>();
        @Relationship(type = "OFFICIAL_OF", direction = Relationship.Direction.INCOMING)
        public List<Person> officials = new ArrayList<>();
        @Relationship(type = "REPORTS", direction = Relationship.Direction.INCOMING)
        public List<Publication> publications = new ArrayList<>();
    }

    /** A therapy and the antigens it targets. */
    @Node("BaselineTherapy")
    public static class Therapy {
        @Id
        public String id;
        public String name;
        public List<String> synonyms;
        @Relationship("TARGETS")
        public List<Antigen> targets = new ArrayList<>();
    }

    /** An antigen by HGNC symbol. */
    @Node("BaselineAntigen")
    public static class Antigen {
        @Id
        public String symbol;
        public String name;
    }

    /** A cancer by CURIE. */
    @Node("BaselineCancer")
    public static class Cancer {
        @Id
        public String id;
        public String name;
    }

    /** An institution with its country. */
    @Node("BaselineInstitution")
    public static class Institution {
        @Id
        public String id;
        public String name;
        public String city;
        public String country;
    }

    /** A trial official. */
    @Node("BaselinePerson")
    public static class Person {
        @Id
        public String id;
        public String name;
    }

    /** A publication by PubMed id. */
    @Node("BaselinePublication")
    public static class Publication {
        @Id
        public String id;
        public String pmid;
    }
}
