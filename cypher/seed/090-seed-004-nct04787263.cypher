// Seed 004 (shared/seeds/004_77236224bd72c819.txt, Curemydisease.com): a plain-language summary of NCT04787263,
// CAR T-cells for children with relapsed/refractory B-cell acute lymphoblastic leukemia or B-cell lymphomas, at
// IRCCS Ospedale Pediatrico Bambino Gesù (Rome, Italy); early phase, 32 participants; risk of cytokine release
// syndrome. The seed is the only source for this trial (no registry record in this repository).
// The seed does not name the CAR's target antigen: no TARGETS relationship, even though CD19 is a common target
// in these cancers.

// :Trial nodes, merged on nctId
UNWIND [
  // `title` is the seed's headline: the registry title is not in the sources (see titleSource).
  {nctId: 'NCT04787263', props: {
      title: 'Engineered immune cells take on childhood leukemia and lymphoma',
      titleSource: 'seed:004 headline (plain-language summary), not the registry title',
      summary: 'Tests a therapy where a child’s own immune cells are modified in a lab to recognize and attack cancer cells, in children with B-cell acute lymphoblastic leukemia or certain lymphomas that have come back or not responded to standard treatments. Goal: find a safe dose and see if the therapy can shrink or eliminate the cancer.',
      phaseDescription: 'early phase (dose finding)',
      enrollment: 32,
      stdAges: ['CHILD'],
      studyType: 'INTERVENTIONAL',
      conditions: ['acute lymphoblastic leukemia', 'B-cell acute lymphoblastic leukemia', 'diffuse large B-cell lymphoma', 'mediastinal malignant lymphoma', 'Precursor Cell Lymphoblastic Leukemia-Lymphoma', 'primary mediastinal large B-cell lymphoma']}}
] AS row
MERGE (n:Trial {nctId: row.nctId})
SET n += row.props;

// :Therapy nodes, merged on id
UNWIND [
  {id: 'nct04787263-car-t-cells', props: {
      name: 'CAR T-cells (NCT04787263)',
      kind: 'cell product',
      description: 'Autologous CAR T-cells: a child’s own immune cells modified in a lab to recognize and attack cancer cells. Target antigen not named by the source.'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// (:Trial)-[:TESTS]->(:Therapy)
UNWIND [
  {from: 'NCT04787263', to: 'nct04787263-car-t-cells', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'CAR T-cells (a type of immune cell modified to target cancer cells)',
      interventionName: 'CAR T-cells',
      arm: 'experimental',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:TESTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:CONDUCTED_AT]->(:Institution)
UNWIND [
  {from: 'NCT04787263', to: 'ospedale-pediatrico-bambino-gesu', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'IRCCS Ospedale Pediatrico Bambino Gesù Roma, 00165, Italy',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:CONDUCTED_AT]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:STUDIES]->(:Cancer)
UNWIND [
  {from: 'NCT04787263', to: 'MONDO:0004947', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'The treatment is for children with B-cell acute lymphoblastic leukemia or certain types of lymphoma that have come back or not responded to standard treatments.',
      conditionTerm: 'B-cell acute lymphoblastic leukemia',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      confidence: 1.0}},
  {from: 'NCT04787263', to: 'MONDO:0004967', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'acute lymphoblastic leukemia B-cell acute lymphoblastic leukemia',
      conditionTerm: 'acute lymphoblastic leukemia',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      confidence: 1.0}},
  {from: 'NCT04787263', to: 'MONDO:0018905', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'diffuse large B-cell lymphoma',
      conditionTerm: 'diffuse large B-cell lymphoma',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      confidence: 1.0}},
  // NCIt id of PMBCL is `likely` (see 030-cancers.cypher); the condition term itself is stated.
  {from: 'NCT04787263', to: 'NCIT:C9280', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'primary mediastinal large B-cell lymphoma',
      conditionTerm: 'primary mediastinal large B-cell lymphoma',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'nct04787263-car-t-cells', to: 'car-t', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'CAR T-cells (a type of immune cell modified to target cancer cells)',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  {from: 'nct04787263-car-t-cells', to: 'MONDO:0004947', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'The treatment is for children with B-cell acute lymphoblastic leukemia or certain types of lymphoma that have come back or not responded to standard treatments.',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      stage: 'early phase',
      confidence: 1.0}},
  {from: 'nct04787263-car-t-cells', to: 'MONDO:0018905', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'diffuse large B-cell lymphoma',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      stage: 'early phase',
      confidence: 0.95}},
  {from: 'nct04787263-car-t-cells', to: 'NCIT:C9280', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'primary mediastinal large B-cell lymphoma',
      qualifiers: ['relapsed', 'refractory'],
      population: 'children',
      stage: 'early phase',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:MAY_CAUSE]->(:AdverseEffect)
UNWIND [
  {from: 'nct04787263-car-t-cells', to: 'cytokine-release-syndrome', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'CAR T-cell therapy can cause serious side effects like cytokine release syndrome.',
      severity: 'serious',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:AdverseEffect {id: row.to})
MERGE (a)-[r:MAY_CAUSE]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:MAY_CAUSE]->(:AdverseEffect)
UNWIND [
  {from: 'car-t', to: 'cytokine-release-syndrome', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'CAR T-cell therapy can cause serious side effects like cytokine release syndrome.',
      severity: 'serious',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:AdverseEffect {id: row.to})
MERGE (a)-[r:MAY_CAUSE]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
