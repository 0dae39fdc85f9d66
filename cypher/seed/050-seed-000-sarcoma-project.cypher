// Seed 000 (shared/seeds/000_16152f6451a7cb09.txt): a research project summary.
// An armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma, led by Clara Bueno at the
// Josep Carreras Leukaemia Research Institute (Barcelona, Spain); project stage 2.
// The seed does not name the CAR's target antigen: no TARGETS relationship.

// :Project nodes, merged on id
UNWIND [
  {id: 'carreras-armored-car-t-sarcoma', props: {
      title: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      publicTitle: 'New approaches to fight childhood bone and soft tissue cancers',
      stage: 'Stage 2',
      description: 'Develops armored CAR T cells that recognise and destroy bone and soft tissue sarcoma cells and overcome the immunosuppressive tumour microenvironment; next steps are more sarcoma types, patient-like models and a therapy that can be safely tested in a clinical trial, for children and young adults.'}}
] AS row
MERGE (n:Project {id: row.id})
SET n += row.props;

// :Person nodes, merged on id
UNWIND [
  {id: 'clara-bueno', props: {
      name: 'Clara Bueno'}}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props;

// :Therapy nodes, merged on id
UNWIND [
  {id: 'armored-car-t-cells-for-sarcoma', props: {
      name: 'armored CAR T cells for sarcoma',
      synonyms: ['armored CAR T cell therapy for bone and soft tissue sarcoma', 'armored CAR-T for sarcoma'],
      kind: 'product candidate',
      developmentStage: 'preclinical (laboratory research; clinical trial planned)'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// (:Person)-[:LEADS]->(:Project)
UNWIND [
  {from: 'clara-bueno', to: 'carreras-armored-car-t-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'PROJECT LEADER Clara Bueno',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Project {id: row.to})
MERGE (a)-[r:LEADS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Project)-[:HOSTED_BY]->(:Institution)
UNWIND [
  {from: 'carreras-armored-car-t-sarcoma', to: 'josep-carreras-leukaemia-research-institute', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'APPLICANT INSTITUTION AND COUNTRY Josep Carreras Leukaemia Research Institute, Barcelona, Spain',
      role: 'applicant institution',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Project {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:HOSTED_BY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Project)-[:DEVELOPS]->(:Therapy)
UNWIND [
  {from: 'carreras-armored-car-t-sarcoma', to: 'armored-car-t-cells-for-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Project {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DEVELOPS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Project)-[:STUDIES]->(:Cancer)
UNWIND [
  {from: 'carreras-armored-car-t-sarcoma', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      qualifiers: ['metastatic', 'refractory'],
      population: 'children and young adults',
      confidence: 1.0}},
  {from: 'carreras-armored-car-t-sarcoma', to: 'NCIT:C9306', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      qualifiers: ['metastatic', 'refractory'],
      population: 'children and young adults',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Project {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AFFILIATED_WITH]->(:Institution)
UNWIND [
  // The seed names the leader and the applicant institution separately; that she works there is a reading.
  {from: 'clara-bueno', to: 'josep-carreras-leukaemia-research-institute', props: {
      sources: ['seed:000'],
      evidence: 'inferred',
      quote: 'PROJECT LEADER Clara Bueno • APPLICANT INSTITUTION AND COUNTRY Josep Carreras Leukaemia Research Institute, Barcelona, Spain',
      role: 'project leader',
      confidence: 0.85}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'armored-car-t-cells-for-sarcoma', to: 'armored-car-t', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'an armored CAR T cell therapy',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  {from: 'armored-car-t-cells-for-sarcoma', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      qualifiers: ['metastatic', 'refractory'],
      population: 'children and young adults',
      stage: 'preclinical',
      confidence: 1.0}},
  {from: 'armored-car-t-cells-for-sarcoma', to: 'NCIT:C9306', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      qualifiers: ['metastatic', 'refractory'],
      population: 'children and young adults',
      stage: 'preclinical',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Institution)-[:DEVELOPS]->(:Therapy)
UNWIND [
  // The institute hosts the project that develops the therapy.
  {from: 'josep-carreras-leukaemia-research-institute', to: 'armored-car-t-cells-for-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'inferred',
      quote: 'APPLICANT INSTITUTION AND COUNTRY Josep Carreras Leukaemia Research Institute, Barcelona, Spain',
      via: 'project carreras-armored-car-t-sarcoma',
      confidence: 0.85}}
] AS row
OPTIONAL MATCH (a:Institution {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DEVELOPS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:EXPLORED_FOR]->(:Cancer)
UNWIND [
  {from: 'armored-car-t', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      confidence: 1.0}},
  {from: 'armored-car-t', to: 'NCIT:C9306', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Accelerating an armored CAR T cell therapy for metastatic/refractory bone and soft tissue sarcoma',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:EXPLORED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
