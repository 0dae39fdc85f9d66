// Keys of what the ClinicalTrials.gov importer adds beyond docs/graph-model.md's original labels.
// Every statement is idempotent (IF NOT EXISTS).

// A condition a trial studies that is not a cancer (kept apart from :Cancer so it is never counted as one).
CREATE CONSTRAINT condition_id IF NOT EXISTS
FOR (n:Condition) REQUIRE n.id IS UNIQUE;
