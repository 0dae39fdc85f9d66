// Question: Which research projects address sarcomas (any kind), who leads them and where?
// Parameters: {"cancer": "sarcoma"}
// Expected: first row {"project": "carreras-armored-car-t-sarcoma", "leader": "Clara Bueno", "institution": "Josep Carreras Leukaemia Research Institute", "stage": "Stage 2"}; rows: 1
//
// The cancer and all its subtypes (bone sarcoma, soft tissue sarcoma, osteosarcoma...) count.
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
MATCH (pr:Project)-[s:STUDIES]->(sub)
OPTIONAL MATCH (leader:Person)-[:LEADS]->(pr)
OPTIONAL MATCH (pr)-[:HOSTED_BY]->(i:Institution)
OPTIONAL MATCH (pr)-[:DEVELOPS]->(t:Therapy)
WITH pr, leader, i, sub, t
ORDER BY sub.name
RETURN pr.id AS project,
       pr.title AS title,
       pr.stage AS stage,
       leader.name AS leader,
       i.name AS institution,
       collect(DISTINCT sub.name) AS cancers,
       collect(DISTINCT t.name) AS therapies
ORDER BY project;
