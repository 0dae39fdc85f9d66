// Question: What kinds of therapy sit under immunotherapy, and at what depth?
// Parameters: {"root": "immunotherapy"}
// Expected: first row {"modality": "adoptive-cell-transfer", "name": "adoptive cell transfer", "depth": 1}; rows: 9
MATCH path = (m:Modality)-[:SUBTYPE_OF*1..6]->(root:Modality {id: $root})
RETURN m.id AS modality,
       m.name AS name,
       length(path) AS depth,
       [n IN reverse(nodes(path)) | n.name] AS lineage,
       COUNT { (:Therapy)-[:HAS_MODALITY]->(m) } AS therapies
ORDER BY depth, modality;
