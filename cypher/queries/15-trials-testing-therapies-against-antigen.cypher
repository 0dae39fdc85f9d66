// Question: Which therapies target Claudin 18.2, and which trials test them?
// Parameters: {"antigen": "Claudin 18.2"}
// Expected: first row {"therapy": "CAR-CLD18 T cells (CARsgen)", "antigen": "CLDN18", "isoform": "CLDN18.2", "trialCount": 1}; rows: 2
//
// The isoform name finds the gene's Antigen node (CLDN18); the isoform is on the TARGETS relationship.
MATCH (a:Antigen)
WHERE toUpper(a.symbol) = toUpper($antigen)
   OR any(s IN coalesce(a.synonyms, []) WHERE toLower(s) = toLower($antigen))
MATCH (th:Therapy)-[r:TARGETS]->(a)
OPTIONAL MATCH (tr:Trial)-[:TESTS]->(th)
WITH th, r, a, tr
ORDER BY tr.nctId
RETURN th.name AS therapy,
       a.symbol AS antigen,
       r.isoform AS isoform,
       count(tr) AS trialCount,
       collect(tr.nctId) AS trials
ORDER BY therapy;
