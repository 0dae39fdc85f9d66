// A small graph of everything an export must carry through: every property type, awkward strings and names,
// a composite key, nodes without a key or without labels, parallel relationships and a self-loop.
CREATE CONSTRAINT export_fixture_composite IF NOT EXISTS FOR (n:`Odd Label`) REQUIRE (n.a, n.`b key`) IS UNIQUE;

MERGE (t:Therapy {id: 'fixture-all-types'})
SET t.name = 'quote\'s "double" `tick` \\ back; semi // slash /* block */ $param {brace} 🧬 中文',
    t.control = 'nul\u0000 tab\t newline\n cr\r bell\u0007 end',
    t.max = 9223372036854775807, t.min = -9223372036854775807 - 1, t.negative = -42,
    t.pi = 3.141592653589793, t.big = 1.0E300, t.tiny = 4.9E-324, t.negativeZero = -0.0,
    t.nan = 0.0 / 0.0, t.infinity = -1.0 / 0.0, t.yes = true, t.no = false,
    t.strings = ['a', 'b\'c', '', 'UNION MATCH (n) DETACH DELETE n'], t.integers = [1, 2, 3], t.floats = [1.5, -2.25],
    t.booleans = [true, false], t.dates = [date('2020-01-01'), date('2024-02-29')],
    t.date = date('2024-02-29'), t.time = time('12:34:56.789+01:00'), t.localTime = localtime('23:59:59.999999999'),
    t.localDateTime = localdatetime('2024-01-01T00:00:00'), t.offsetDateTime = datetime('2024-01-01T12:00:00+05:30'),
    t.zonedDateTime = datetime('2024-06-01T12:00:00[Europe/Rome]'), t.duration = duration('P1Y2M3DT4H5M6.007S'),
    t.cartesian = point({x: 1.5, y: -2.5}), t.cartesian3d = point({x: 1, y: 2, z: 3}),
    t.wgs84 = point({latitude: 41.9, longitude: 12.5}),
    t.`weird key with space` = 1, t.`back``tick` = 2;

MERGE (o:`Odd Label`:Extra {a: 1, `b key`: 'x'}) SET o.note = 'composite key';
MERGE (o:`Odd Label`:Extra {a: 1, `b key`: 'y'}) SET o.note = 'same a, other b';
CREATE (:Note {text: 'no key'}), (:Note {text: 'no key'});
CREATE ({text: 'no label'});
CREATE (:Therapy {name: 'a therapy without its id'});

MATCH (t:Therapy {id: 'fixture-all-types'}), (o:`Odd Label` {a: 1, `b key`: 'x'})
CREATE (t)-[:`REL WITH SPACE` {n: 1}]->(o), (t)-[:`REL WITH SPACE` {n: 2}]->(o), (t)-[:SELF {when: date('2024-01-01')}]->(t);
MATCH (n:Note), (t:Therapy {id: 'fixture-all-types'}) CREATE (n)-[:ABOUT {sources: ['seed:000'], confidence: 0.5}]->(t);
MATCH (n:Note), (x) WHERE size(labels(x)) = 0 CREATE (x)-[:MENTIONS]->(n);
MATCH (k:Therapy) WHERE k.id IS NULL MATCH (o:`Odd Label` {`b key`: 'y'}) CREATE (k)-[:TARGETS {quote: 'it\'s'}]->(o);
