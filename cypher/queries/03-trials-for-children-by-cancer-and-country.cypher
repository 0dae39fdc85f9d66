// Question: Which trials enrol children with B-ALL in Italy?
// Parameters: {"cancer": "B-ALL", "country": "Italy", "ageGroup": "CHILD"}
// Expected: first row {"nctId": "NCT04787263", "enrollment": 32, "country": "IT"}; rows: 1
//
// The cancer matches by id, name or synonym and includes its subtypes; the country by ISO code or name;
// ageGroup is a ClinicalTrials.gov standard age group (CHILD, ADULT, OLDER_ADULT).
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
MATCH (t:Trial)-[:STUDIES]->(sub)
WHERE $ageGroup IN coalesce(t.stdAges, [])
MATCH (t)-[:CONDUCTED_AT]->(i:Institution)-[:LOCATED_IN]->(co:Country)
WHERE co.code = toUpper($country) OR toLower(co.name) = toLower($country)
RETURN t.nctId AS nctId,
       t.title AS title,
       t.enrollment AS enrollment,
       t.stdAges AS ageGroups,
       collect(DISTINCT i.name) AS sites,
       co.code AS country
ORDER BY nctId;
