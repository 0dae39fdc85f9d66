// Question: Who works at Shanghai Jiao Tong University (including its hospitals), in which roles, and on which trials?
// Parameters: {"institution": "Shanghai Jiao Tong University"}
// Expected: first row {"person": "Zhai Bo", "unit": "Renji Hospital"}; rows: 1
//
// The institution matches by id, name or alias; units that are PART_OF it (Renji Hospital) are included.
MATCH (i:Institution)
WHERE i.id = $institution OR toLower(i.name) = toLower($institution)
   OR any(a IN coalesce(i.aliases, []) WHERE toLower(a) = toLower($institution))
MATCH (unit:Institution)-[:PART_OF*0..3]->(i)
MATCH (p:Person)-[r:AFFILIATED_WITH]->(unit)
OPTIONAL MATCH (p)-[o:OFFICIAL_OF]->(t:Trial)
WITH p, r, unit, t, o
ORDER BY t.nctId
WITH p, r, unit, collect(t.nctId + ' (' + o.role + ')') AS trialRoles
RETURN p.name AS person,
       r.role AS role,
       unit.name AS unit,
       trialRoles,
       COUNT { (p)-[:AUTHORED]->(:Publication) } AS publications
ORDER BY person, unit;
