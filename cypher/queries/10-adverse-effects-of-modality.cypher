// Question: Which adverse effects are named as risks of CAR-T therapies?
// Parameters: {"modality": "car-t"}
// Expected: first row {"adverseEffect": "cytokine release syndrome", "bestEvidence": "stated"}; rows: 2
//
// Risks named for the modality itself or a narrower one (armored CAR-T), and risks named for any therapy of it.
// Risks named only for a broader modality (immunotherapy in general) are left out.
MATCH (m:Modality {id: $modality})
MATCH (sub:Modality)-[:SUBTYPE_OF*0..5]->(m)
CALL (sub) {
  MATCH (sub)-[r:MAY_CAUSE]->(ae:AdverseEffect)
  RETURN ae, r, sub.name AS via
  UNION
  MATCH (t:Therapy)-[:HAS_MODALITY]->(sub)
  MATCH (t)-[r:MAY_CAUSE]->(ae:AdverseEffect)
  RETURN ae, r, t.name AS via
}
WITH ae, collect(DISTINCT via) AS via, collect(r.evidence) AS evidence, max(r.confidence) AS maxConfidence
RETURN ae.name AS adverseEffect,
       ae.id AS adverseEffectId,
       CASE WHEN 'stated' IN evidence THEN 'stated' WHEN 'inferred' IN evidence THEN 'inferred' ELSE 'curated' END AS bestEvidence,
       maxConfidence,
       via
ORDER BY maxConfidence DESC, adverseEffect;
