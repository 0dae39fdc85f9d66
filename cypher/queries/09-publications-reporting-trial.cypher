// Question: Which publications report the results of trial NCT02395250, and who wrote them?
// Parameters: {"nctId": "NCT02395250"}
// Expected: first row {"publication": "doi:10.1158/1078-0432.CCR-19-3259", "journal": "Clinical Cancer Research", "year": 2020}; rows: 1
MATCH (t:Trial {nctId: $nctId})<-[r:REPORTS]-(p:Publication)
OPTIONAL MATCH (person:Person)-[a:AUTHORED]->(p)
WITH p, r, person, a
ORDER BY person.name
WITH p, r, collect(person.name + coalesce(' (' + a.position + ')', '')) AS authors
RETURN p.id AS publication,
       p.title AS title,
       p.journal AS journal,
       p.year AS year,
       authors,
       r.evidence AS evidence,
       r.confidence AS confidence
ORDER BY year, publication;
