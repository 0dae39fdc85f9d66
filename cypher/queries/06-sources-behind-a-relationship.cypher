// Question: Which sources support the claim that CAR-GPC3 T cells target GPC3, and in which words?
// Parameters: {"from": "car-gpc3-t-cells", "type": "TARGETS", "to": "GPC3"}
// Expected: first row {"source": "ctgov:NCT02395250", "kind": "registry-record", "evidence": "stated"}; rows: 4
//
// `from` and `to` are node keys (id, HGNC symbol or NCT id); `type` is compared with type(r), so it is a value,
// never spliced into the query text. One row per source.
MATCH (a:Therapy|Antigen|Cancer|Trial|Institution|Modality|Person|Publication|Project)
WHERE a.id = $from OR a.symbol = $from OR a.nctId = $from
MATCH (a)-[r]->(b)
WHERE type(r) = $type AND (b.id = $to OR b.symbol = $to OR b.nctId = $to OR b.code = $to)
UNWIND r.sources AS sourceId
MATCH (s:Source {id: sourceId})
RETURN type(r) AS relationship,
       r.evidence AS evidence,
       r.confidence AS confidence,
       r.quote AS quote,
       s.id AS source,
       s.kind AS kind,
       s.title AS title,
       s.url AS url
ORDER BY source;
