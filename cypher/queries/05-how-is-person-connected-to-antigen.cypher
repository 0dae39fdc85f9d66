// Question: How is Zhai Bo connected to GPC3?
// Parameters: {"person": "Zhai Bo", "antigen": "GPC3"}
// Expected: first row {"person": "Zhai Bo", "antigen": "GPC3", "hops": 3}; rows: 1
//
// One shortest path, bounded to 6 hops (never unbounded). Several paths of the same length may exist, so only
// the length is stable; `steps` shows the one found.
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person) OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($person))
MATCH (a:Antigen)
WHERE toUpper(a.symbol) = toUpper($antigen)
   OR any(s IN coalesce(a.synonyms, []) WHERE toLower(s) = toLower($antigen))
MATCH path = shortestPath((p)-[*..6]-(a))
RETURN p.name AS person,
       a.symbol AS antigen,
       length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.symbol, n.title, n.nctId, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS relationships
ORDER BY hops, person;
