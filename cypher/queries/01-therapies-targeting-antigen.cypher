// Question: Which therapies target GPC3?
// Parameters: {"antigen": "GPC3"}
// Expected: first row {"therapy": "CAR-GPC3 T cells", "antigen": "GPC3", "evidence": "stated"}; rows: 1
//
// The antigen is found by HGNC symbol or by any synonym, case-insensitively ("glypican-3", "her2", "CLDN18.2").
MATCH (a:Antigen)
WHERE toUpper(a.symbol) = toUpper($antigen)
   OR any(s IN coalesce(a.synonyms, []) WHERE toLower(s) = toLower($antigen))
MATCH (t:Therapy)-[r:TARGETS]->(a)
OPTIONAL MATCH (t)-[:HAS_MODALITY]->(m:Modality)
RETURN t.name AS therapy,
       t.id AS therapyId,
       a.symbol AS antigen,
       r.isoform AS isoform,
       collect(DISTINCT m.name) AS modalities,
       r.evidence AS evidence,
       r.confidence AS confidence,
       r.sources AS sources
ORDER BY confidence DESC, therapy;
