// Question: Which companies collaborate on trials, and what do those trials test?
// Parameters: {"kind": "company", "role": "collaborator"}
// Expected: first row {"institution": "CARsgen Therapeutics", "nctId": "NCT03146234", "status": "RECRUITING"}; rows: 2
MATCH (t:Trial)-[s:SPONSORED_BY]->(i:Institution {kind: $kind})
WHERE s.role = $role
OPTIONAL MATCH (t)-[:TESTS]->(th:Therapy)
WITH i, t, th
ORDER BY th.name
RETURN i.name AS institution,
       t.nctId AS nctId,
       t.status AS status,
       collect(th.name) AS therapies
ORDER BY institution, nctId;
