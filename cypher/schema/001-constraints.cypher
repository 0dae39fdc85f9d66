// Uniqueness constraints: one per key of every label in docs/graph-model.md.
// Each constraint also gives its key a backing range index, so lookups by key need no other index.
// Applied at start-up, before any seed file. Every statement is idempotent (IF NOT EXISTS).

CREATE CONSTRAINT therapy_id IF NOT EXISTS
FOR (n:Therapy) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT antigen_symbol IF NOT EXISTS
FOR (n:Antigen) REQUIRE n.symbol IS UNIQUE;

CREATE CONSTRAINT cancer_id IF NOT EXISTS
FOR (n:Cancer) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT trial_nct_id IF NOT EXISTS
FOR (n:Trial) REQUIRE n.nctId IS UNIQUE;

CREATE CONSTRAINT institution_id IF NOT EXISTS
FOR (n:Institution) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT modality_id IF NOT EXISTS
FOR (n:Modality) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT publication_id IF NOT EXISTS
FOR (n:Publication) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT project_id IF NOT EXISTS
FOR (n:Project) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT adverse_effect_id IF NOT EXISTS
FOR (n:AdverseEffect) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT country_code IF NOT EXISTS
FOR (n:Country) REQUIRE n.code IS UNIQUE;

CREATE CONSTRAINT source_id IF NOT EXISTS
FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Not knowledge: the record of the seed merged into this graph (GraphInitializer). Keyed, so that an export merges it
// like any other node and a restored graph is not seeded again over its imported facts.
CREATE CONSTRAINT oncograph_seed_id IF NOT EXISTS
FOR (n:OncoGraphSeed) REQUIRE n.id IS UNIQUE;
