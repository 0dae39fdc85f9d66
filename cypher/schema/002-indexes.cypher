// Indexes beyond the keys (the keys are indexed by the constraints in 001-constraints.cypher).
// Every statement is idempotent (IF NOT EXISTS).

// Full-text search over everything a user may type: names, synonyms, aliases, titles, HGNC symbols, NCT ids.
// A full-text index takes STRING and LIST<STRING> properties (synonyms, aliases are string lists); a node
// is indexed for whichever of the listed properties it has. Query it with
// db.index.fulltext.queryNodes('entity_names', $query) and pass a limit; user input goes into $query only as plain
// words or inside quoted phrases, never as Lucene syntax (org.oncograph.graph.FullText).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Therapy|Antigen|Cancer|Trial|Institution|Modality|Person|Publication|Project|AdverseEffect)
ON EACH [n.name, n.synonyms, n.aliases, n.title, n.symbol, n.nctId];

// Range indexes for filters and facets.
CREATE INDEX trial_status IF NOT EXISTS
FOR (n:Trial) ON (n.status);

CREATE INDEX trial_phase IF NOT EXISTS
FOR (n:Trial) ON (n.phase);

CREATE INDEX trial_start_date IF NOT EXISTS
FOR (n:Trial) ON (n.startDate);

CREATE INDEX institution_country IF NOT EXISTS
FOR (n:Institution) ON (n.country);

CREATE INDEX institution_ror_id IF NOT EXISTS
FOR (n:Institution) ON (n.rorId);

CREATE INDEX antigen_hgnc_id IF NOT EXISTS
FOR (n:Antigen) ON (n.hgncId);

CREATE INDEX cancer_mondo_id IF NOT EXISTS
FOR (n:Cancer) ON (n.mondoId);

CREATE INDEX cancer_ncit_id IF NOT EXISTS
FOR (n:Cancer) ON (n.ncitId);

CREATE INDEX cancer_name IF NOT EXISTS
FOR (n:Cancer) ON (n.name);

CREATE INDEX therapy_name IF NOT EXISTS
FOR (n:Therapy) ON (n.name);

CREATE INDEX person_name IF NOT EXISTS
FOR (n:Person) ON (n.name);

CREATE INDEX publication_doi IF NOT EXISTS
FOR (n:Publication) ON (n.doi);

CREATE INDEX publication_year IF NOT EXISTS
FOR (n:Publication) ON (n.year);

CREATE INDEX source_kind IF NOT EXISTS
FOR (n:Source) ON (n.kind);

// The other identifiers ReferenceResolver looks a typed reference up by (EntityType.alternateKeys): without these
// each request scanned every Publication twice (pmid, pmcid), ~100,000 db hits per reference at 50,000 trials.
CREATE INDEX publication_pmid IF NOT EXISTS
FOR (n:Publication) ON (n.pmid);

CREATE INDEX publication_pmcid IF NOT EXISTS
FOR (n:Publication) ON (n.pmcid);

CREATE INDEX cancer_doid IF NOT EXISTS
FOR (n:Cancer) ON (n.doid);

CREATE INDEX modality_ncit_id IF NOT EXISTS
FOR (n:Modality) ON (n.ncitId);

// The token lookup indexes behind every scan by label or relationship type. A new database has them from the
// start, and the initial load (docs/adr/0006-initial-load.md) builds them as it writes the store, but a store made
// by other tools may lack them (a bulk import without them): then `MATCH (n:Trial)` scans all nodes. IF NOT EXISTS: a
// database that has them (under Neo4j's own names) is left as it is.
CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS FOR (n) ON EACH labels(n);

CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r);
