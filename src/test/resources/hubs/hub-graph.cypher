// A hub graph beside the seed, for the bounds of paths and neighbourhoods (HubBoundsIT). Every node carries
// fixture: 'hubs' so the test can remove it again.
//
//   3,000 therapies --TARGETS--> antigen HUBX <--TARGETS-- rare therapy <--TESTS-- trial NCT99000001
//   3,000 trials --CONDUCTED_AT--> institution hub-site <--CONDUCTED_AT-- trial NCT99000001
//   HUBX --EXPRESSED_IN--> one cancer (a rare relationship type on a hub; its sources a single string, as
//   written by hand)
//   the rare therapy's TARGETS link is stated by 45 sources (answers list 20 and count them all)
//
// The only path from the trial to HUBX of length 2 goes through the rare therapy (a non-hub); the trial's other
// neighbour is a hub, so a search from the trial meets more relationships than its budget reads.
CREATE (hub:Antigen {symbol: 'HUBX', name: 'hub antigen X', fixture: 'hubs'})
CREATE (site:Institution {id: 'hub-site', name: 'Hub Site Hospital', fixture: 'hubs'})
CREATE (cancer:Cancer {id: 'oncograph:hub-cancer', name: 'hub fixture cancer', fixture: 'hubs'})
CREATE (hub)-[:EXPRESSED_IN {evidence: 'curated', sources: 'fixture:hubs'}]->(cancer)
CREATE (rare:Therapy {id: 'rare-hub-therapy', name: 'Rare hub therapy', fixture: 'hubs'})
CREATE (rare)-[:TARGETS {evidence: 'stated', sources: ['fixture:hubs'] + [i IN range(1, 44) | 'fixture:hubs-record-' + i]}]->(hub)
CREATE (trial:Trial {nctId: 'NCT99000001', title: 'A trial of the rare hub therapy', fixture: 'hubs'})
CREATE (trial)-[:TESTS {evidence: 'stated', sources: ['fixture:hubs']}]->(rare)
CREATE (trial)-[:CONDUCTED_AT {evidence: 'stated', sources: ['fixture:hubs']}]->(site)
WITH hub, site
UNWIND range(1, 3000) AS i
CREATE (t:Therapy {id: 'hub-therapy-' + i, name: 'Hub therapy ' + i, fixture: 'hubs'})-[:TARGETS {evidence: 'stated', sources: ['fixture:hubs']}]->(hub)
CREATE (:Trial {nctId: 'NCT9800' + right('0000' + i, 4), title: 'Hub site trial ' + i, fixture: 'hubs'})-[:CONDUCTED_AT {evidence: 'stated', sources: ['fixture:hubs']}]->(site);
