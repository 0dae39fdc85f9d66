// Question: What in the graph is called something like "glypican"?
// Parameters: {"query": "glypican", "limit": 10}
// Expected: first row {"label": "Antigen", "key": "GPC3"}; rows: 3
//
// Uses the full-text index `entity_names` (names, synonyms, aliases, titles, symbols, NCT ids). The query string is
// Lucene syntax: an application passes what a person typed only as plain words or inside quoted phrases (as the
// API's search does, org.oncograph.graph.FullText), never as syntax, and always passes a limit.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN labels(node)[0] AS label,
       coalesce(node.id, node.symbol, node.nctId) AS key,
       coalesce(node.name, node.title, node.symbol) AS name,
       score
ORDER BY score DESC, key;
