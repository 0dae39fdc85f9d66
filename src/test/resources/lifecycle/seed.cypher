// A seed for the lifecycle test: readiness must only be reported once all of it is in the graph.
MERGE (s:Source {id: 'test:lifecycle'}) SET s.kind = 'reference', s.title = 'Lifecycle test seed';
MERGE (a:Antigen {symbol: 'GPC3'}) SET a.name = 'glypican 3';
MERGE (t:Therapy {id: 'lifecycle-car-gpc3'}) SET t.name = 'CAR-GPC3 T cells (lifecycle test)';
MATCH (t:Therapy {id: 'lifecycle-car-gpc3'}), (a:Antigen {symbol: 'GPC3'})
MERGE (t)-[r:TARGETS]->(a) SET r.sources = ['test:lifecycle'], r.evidence = 'curated';
