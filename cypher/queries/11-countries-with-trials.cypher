// Question: In which countries do the trials in the graph enrol participants?
// Parameters: {}
// Expected: first row {"country": "CN", "name": "China", "trials": 3}; rows: 3
MATCH (t:Trial)-[:CONDUCTED_AT]->(:Institution)-[:LOCATED_IN]->(c:Country)
WITH c, t
ORDER BY t.nctId
RETURN c.code AS country,
       c.name AS name,
       count(DISTINCT t) AS trials,
       collect(DISTINCT t.nctId) AS nctIds
ORDER BY trials DESC, country;
