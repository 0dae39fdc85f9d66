// Question: What kinds of immunotherapy are explored for bone sarcomas, including their subtypes?
// Parameters: {"cancer": "bone sarcoma"}
// Expected: first row {"modality": "adoptive cell transfer", "modalityId": "adoptive-cell-transfer"}; rows: 7
//
// Two paths count: a source says the modality is EXPLORED_FOR the cancer, or a therapy of that modality is
// STUDIED_FOR it. Subtypes (osteosarcoma, chondrosarcoma, Ewing sarcoma) are included via SUBTYPE_OF*.
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
CALL (sub) {
  MATCH (m:Modality)-[e:EXPLORED_FOR]->(sub)
  RETURN m, e.evidence AS evidence, 'explored' AS how
  UNION
  MATCH (t:Therapy)-[e:STUDIED_FOR]->(sub)
  MATCH (t)-[:HAS_MODALITY]->(m:Modality)
  RETURN m, e.evidence AS evidence, 'therapy: ' + t.name AS how
}
WITH m, collect(DISTINCT sub.name) AS cancers, collect(DISTINCT how) AS via, collect(DISTINCT evidence) AS evidence
RETURN m.name AS modality,
       m.id AS modalityId,
       cancers,
       via,
       evidence
ORDER BY toLower(modality);
