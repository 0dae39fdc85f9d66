// Question: Which trials study hepatocellular carcinoma, with their phase, status and size?
// Parameters: {"cancer": "HCC"}
// Expected: first row {"nctId": "NCT02395250", "phase": "PHASE1", "status": "TERMINATED", "enrollment": 13}; rows: 3
//
// Status and dates are as of each record's download date (recordDate).
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
MATCH (t:Trial)-[:STUDIES]->(sub)
OPTIONAL MATCH (t)-[sp:SPONSORED_BY {role: 'lead'}]->(lead:Institution)
RETURN DISTINCT t.nctId AS nctId,
       t.title AS title,
       t.phase AS phase,
       t.status AS status,
       t.enrollment AS enrollment,
       t.startDate AS startDate,
       lead.name AS leadSponsor,
       t.recordDate AS recordDate
ORDER BY nctId;
