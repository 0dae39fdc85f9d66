// Question: Which antigens are targeted by therapies for hepatocellular carcinoma?
// Parameters: {"cancer": "hepatocellular carcinoma"}
// Expected: first row {"antigen": "GPC3", "hgncId": "HGNC:4451", "expressedInCancer": true}; rows: 1
//
// Uses the therapy's own indication (STUDIED_FOR), not trial conditions: a basket trial such as NCT03302403
// STUDIES liver cancer and also TESTS CAR-CD19 T cells, which are not for liver cancer.
MATCH (c:Cancer)
WHERE c.id = $cancer OR toLower(c.name) = toLower($cancer)
   OR any(s IN coalesce(c.synonyms, []) WHERE toLower(s) = toLower($cancer))
MATCH (sub:Cancer)-[:SUBTYPE_OF*0..5]->(c)
MATCH (t:Therapy)-[:STUDIED_FOR]->(sub)
MATCH (t)-[r:TARGETS]->(a:Antigen)
RETURN a.symbol AS antigen,
       a.hgncId AS hgncId,
       a.commonName AS commonName,
       collect(DISTINCT t.name) AS therapies,
       EXISTS { MATCH (a)-[:EXPRESSED_IN]->(:Cancer)-[:SUBTYPE_OF*0..5]->(c) } AS expressedInCancer
ORDER BY antigen;
