// Question: Which facts rest on a reading rather than on words (inferred), by relationship type?
// Parameters: {"evidence": "inferred"}
// Expected: first row {"relationship": "DEVELOPS", "facts": 5}; rows: 8
//
// A curation check: the inferred facts are the first to verify when a better source arrives.
MATCH ()-[r]->()
WHERE r.evidence = $evidence
RETURN type(r) AS relationship,
       count(*) AS facts,
       min(r.confidence) AS minConfidence,
       max(r.confidence) AS maxConfidence
ORDER BY facts DESC, relationship;
