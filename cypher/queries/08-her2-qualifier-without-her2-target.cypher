// Question: Which therapies are studied in a HER2-qualified population but do NOT target HER2?
// Parameters: {"antigen": "HER2"}
// Expected: first row {"therapy": "NCI tumor-infiltrating lymphocyte (TIL) therapy", "cancer": "breast cancer", "antigen": "ERBB2", "targetsAntigen": false}; rows: 1
//
// The HER2-negative story (seed 001): the TIL therapy cleared a HER2-negative breast cancer. HER2 status is a
// qualifier of the case, not a target, so a "HER2" search must not make the TIL therapy a HER2 therapy.
MATCH (a:Antigen)
WHERE toUpper(a.symbol) = toUpper($antigen)
   OR any(s IN coalesce(a.synonyms, []) WHERE toLower(s) = toLower($antigen))
MATCH (t:Therapy)-[s:STUDIED_FOR]->(c:Cancer)
WHERE any(q IN coalesce(s.qualifiers, []) WHERE toLower(q) CONTAINS toLower($antigen) OR toLower(q) CONTAINS toLower(a.symbol))
RETURN t.name AS therapy,
       c.name AS cancer,
       s.qualifiers AS qualifiers,
       a.symbol AS antigen,
       EXISTS { (t)-[:TARGETS]->(a) } AS targetsAntigen
ORDER BY targetsAntigen, therapy;
