// Question: Which institutions work on CAR-T therapies for liver cancer?
// Parameters: {"cancer": "liver cancer", "modality": "car-t"}
// Expected: first row {"institution": "Renji Hospital", "country": "CN"}; rows: 4
//
// A therapy counts when it is of the modality (or a narrower one) and is STUDIED_FOR the cancer (or a subtype).
// An institution counts when it DEVELOPS such a therapy, or sponsors or hosts a trial that TESTS it and STUDIES
// the cancer. `roles` says which.
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
MATCH (m:Modality {id: $modality})
MATCH (t:Therapy)-[:HAS_MODALITY]->(:Modality)-[:SUBTYPE_OF*0..5]->(m)
WHERE (t)-[:STUDIED_FOR]->(sub)
CALL (t, sub) {
  MATCH (i:Institution)-[:DEVELOPS]->(t)
  RETURN i, 'develops' AS role
  UNION
  MATCH (tr:Trial)-[:TESTS]->(t)
  WHERE (tr)-[:STUDIES]->(sub)
  MATCH (tr)-[s:SPONSORED_BY|CONDUCTED_AT]->(i:Institution)
  RETURN i, CASE type(s) WHEN 'SPONSORED_BY' THEN 'sponsor (' + s.role + ')' ELSE 'trial site' END AS role
}
WITH i, collect(DISTINCT role) AS roles, collect(DISTINCT t.name) AS therapies
RETURN i.name AS institution,
       i.id AS institutionId,
       i.country AS country,
       roles,
       therapies
ORDER BY size(roles) DESC, institution;
