// NCT03302403, from its ClinicalTrials.gov legacy XML record (shared/data/ctgov/legacy-xml/NCT03302403.xml,
// processed 2018-05-29): a single-arm pilot study of CAR T cells against CD19, BCMA, GPC3 and Claudin18.2, each for
// its own indication, with CARsgen Therapeutics collaborating.
// The record's lead sponsor is a person, the sponsor-investigator "Kang YU" of the First Affiliated Hospital of
// Wenzhou Medical University. SPONSORED_BY must end at an Institution, so the trial is SPONSORED_BY his hospital
// as an inferred link, and Kang Yu is an OFFICIAL_OF the trial with sponsorInvestigator = true.
// The trial is a basket: it STUDIES six conditions, and each CAR is STUDIED_FOR only its own indication, as the
// record's arm description says (so no query concludes that CAR-CD19 T cells are for liver cancer).
// Condition terms are mapped as in the cancer dictionary (src/main/resources/ingest/cancers.csv): "B Cell Leukemia"
// is B-ALL (the record's cohort is "B-Cell Lymphoblastic Leukaemia/Lymphoma", relapsed/refractory ALL), "B Cell
// Lymphoma" is B-cell non-Hodgkin lymphoma, "Myeloma" is multiple myeloma, "Pancreatic Carcinoma" is pancreatic
// cancer. The registrant's term stays on STUDIES as conditionTerm.
// The fludarabine/cyclophosphamide lymphodepletion interventions are not modelled as therapies (conditioning, not
// immunotherapy).

// :Trial nodes, merged on nctId
UNWIND [
  {nctId: 'NCT03302403', props: {
      title: 'Clinical Study of Redirected Autologous T Cells With a Chimeric Antigen Receptor in Patients With Malignant Tumors',
      officialTitle: 'Clinical Study of Redirected Autologous T Cells With a Chimeric Antigen Receptor in Patients With Malignant Tumors',
      orgStudyId: 'CGZ001',
      phases: ['NA'],
      phase: 'NA',
      status: 'NOT_YET_RECRUITING',
      startDate: '2017-10',
      startDateType: 'ANTICIPATED',
      primaryCompletionDate: '2019-06',
      completionDate: '2020-12',
      completionDateType: 'ANTICIPATED',
      enrollment: 48,
      enrollmentType: 'ANTICIPATED',
      studyType: 'INTERVENTIONAL',
      minimumAge: '18 Years',
      maximumAge: '75 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
      sex: 'ALL',
      conditions: ['B Cell Lymphoma', 'B Cell Leukemia', 'Myeloma', 'Hepatocellular Carcinoma', 'Pancreatic Carcinoma', 'Adenocarcinoma of Esophagogastric Junction'],
      statusVerifiedDate: '2017-09',
      recordDate: '2018-05-29'}}
] AS row
MERGE (n:Trial {nctId: row.nctId})
SET n += row.props;

// :Therapy nodes, merged on id
UNWIND [
  {id: 'carsgen-car-cd19-t-cells', props: {
      name: 'CAR-CD19 T cells (CARsgen)',
      synonyms: ['CAR-CD19 T cell', 'CD19-redirected Autologous Cell'],
      kind: 'cell product'}},
  {id: 'carsgen-car-bcma-t-cells', props: {
      name: 'CAR-BCMA T cells (CARsgen)',
      synonyms: ['CAR-BCMA T cell', 'BCMA-redirected Autologous Cell'],
      kind: 'cell product'}},
  // Not merged with the Claudin18.2 CAR-T cells of seed 002: no source says they are the same product.
  {id: 'carsgen-car-cld18-t-cells', props: {
      name: 'CAR-CLD18 T cells (CARsgen)',
      synonyms: ['CAR-CLD18 T cell', 'Claudin18.2-redirected Autologous Cell', 'CAR-Claudin18.2 T cells'],
      kind: 'cell product'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// :Person nodes, merged on id
UNWIND [
  {id: 'kang-yu', props: {
      name: 'Kang Yu',
      aliases: ['Kang YU', 'Kang Yu, MD']}},
  {id: 'mengtao-zhou', props: {
      name: 'Mengtao Zhou',
      aliases: ['Mengtao Zhou, MD']}},
  {id: 'songfu-jiang', props: {
      name: 'Songfu Jiang',
      aliases: ['Songfu Jiang, MD']}}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props;

// (:Trial)-[:SPONSORED_BY]->(:Institution)
UNWIND [
  {from: 'NCT03302403', to: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'inferred',
      quote: 'Sponsor-Investigator First Affiliated Hospital of Wenzhou Medical Univeristy Kang YU',
      method: 'record',
      field: 'responsible_party.investigator_affiliation',
      role: 'lead',
      note: 'The record names the sponsor-investigator Kang YU as lead sponsor; this is his institution.',
      confidence: 0.75}},
  {from: 'NCT03302403', to: 'carsgen-therapeutics', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Carsgen Therapeutics, Ltd. Industry',
      method: 'record',
      field: 'sponsors.collaborator',
      role: 'collaborator',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:SPONSORED_BY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:CONDUCTED_AT]->(:Institution)
UNWIND [
  {from: 'NCT03302403', to: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'First Affiliated Hospital of Wenzhou Medical University Wenzhou Zhejiang 325000 China',
      method: 'record',
      field: 'location.facility',
      siteStatus: 'NOT_YET_RECRUITING',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:CONDUCTED_AT]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:OFFICIAL_OF]->(:Trial)
UNWIND [
  {from: 'kang-yu', to: 'NCT03302403', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Kang Yu, MD Principal Investigator First Affiliated Hospital of Wenzhou Medical Univeristy',
      method: 'record',
      field: 'overall_official',
      role: 'PRINCIPAL_INVESTIGATOR',
      sponsorInvestigator: true,
      confidence: 1.0}},
  {from: 'mengtao-zhou', to: 'NCT03302403', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Mengtao Zhou, MD Principal Investigator First Affiliated Hospital of Wenzhou Medical Univeristy',
      method: 'record',
      field: 'overall_official',
      role: 'PRINCIPAL_INVESTIGATOR',
      confidence: 1.0}},
  {from: 'songfu-jiang', to: 'NCT03302403', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Songfu Jiang, MD Principal Investigator First Affiliated Hospital of Wenzhou Medical Univeristy',
      method: 'record',
      field: 'overall_official',
      role: 'PRINCIPAL_INVESTIGATOR',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Trial {nctId: row.to})
MERGE (a)-[r:OFFICIAL_OF]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AFFILIATED_WITH]->(:Institution)
UNWIND [
  {from: 'kang-yu', to: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'First Affiliated Hospital of Wenzhou Medical Univeristy Kang YU Head of Department of Hematology',
      method: 'record',
      field: 'responsible_party',
      role: 'Head of Department of Hematology',
      confidence: 1.0}},
  {from: 'mengtao-zhou', to: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Mengtao Zhou, MD Principal Investigator First Affiliated Hospital of Wenzhou Medical Univeristy',
      method: 'record',
      field: 'overall_official.affiliation',
      role: 'principal investigator',
      confidence: 1.0}},
  {from: 'songfu-jiang', to: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Songfu Jiang, MD Principal Investigator First Affiliated Hospital of Wenzhou Medical Univeristy',
      method: 'record',
      field: 'overall_official.affiliation',
      role: 'principal investigator',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:TESTS]->(:Therapy)
UNWIND [
  {from: 'NCT03302403', to: 'carsgen-car-cd19-t-cells', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CD19 T cell',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'CAR-CD19 T cell',
      interventionType: 'GENETIC',
      arm: 'experimental',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'carsgen-car-bcma-t-cells', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-BCMA T cell',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'CAR-BCMA T cell',
      interventionType: 'GENETIC',
      arm: 'experimental',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'car-gpc3-t-cells', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-GPC3 T cell',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'CAR-GPC3 T cell',
      interventionType: 'GENETIC',
      arm: 'experimental',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'carsgen-car-cld18-t-cells', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CLD18 T cell',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'CAR-CLD18 T cell',
      interventionType: 'GENETIC',
      arm: 'experimental',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:TESTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'carsgen-car-cd19-t-cells', to: 'car-t', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      confidence: 1.0}},
  {from: 'carsgen-car-bcma-t-cells', to: 'car-t', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      confidence: 1.0}},
  {from: 'carsgen-car-cld18-t-cells', to: 'car-t', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:TARGETS]->(:Antigen)
UNWIND [
  {from: 'carsgen-car-cd19-t-cells', to: 'CD19', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      confidence: 1.0}},
  {from: 'carsgen-car-bcma-t-cells', to: 'TNFRSF17', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      confidence: 1.0}},
  {from: 'carsgen-car-cld18-t-cells', to: 'CLDN18', props: {
      sources: ['ctgov:NCT03302403', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'autologous T cells transduced with chimeric antigen receptors recognizing CD19, BCMA, GPC3 and Claudin18.2',
      method: 'text',
      field: 'detailed_description',
      isoform: 'CLDN18.2',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Antigen {symbol: row.to})
MERGE (a)-[r:TARGETS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  {from: 'carsgen-car-cd19-t-cells', to: 'MONDO:0004947', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CD19 T cell is for the treatment of B-cell Leukaemia/Lymphoma',
      trial: 'NCT03302403',
      qualifiers: ['CD19-positive'],
      confidence: 1.0}},
  {from: 'carsgen-car-cd19-t-cells', to: 'oncograph:b-cell-non-hodgkin-lymphoma', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CD19 T cell is for the treatment of B-cell Leukaemia/Lymphoma',
      trial: 'NCT03302403',
      qualifiers: ['CD19-positive'],
      confidence: 1.0}},
  {from: 'carsgen-car-bcma-t-cells', to: 'MONDO:0009693', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-BCMA T cell is for the treatment of Myeloma',
      trial: 'NCT03302403',
      qualifiers: ['relapsed', 'refractory', 'BCMA-positive'],
      confidence: 1.0}},
  {from: 'carsgen-car-cld18-t-cells', to: 'MONDO:0009831', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CLD18 T cell is for the treatment of Pancreatic Carcinoma and Adenocarcinoma of Esophagogastric Junction',
      trial: 'NCT03302403',
      qualifiers: ['advanced', 'Claudin18.2-positive'],
      confidence: 1.0}},
  {from: 'carsgen-car-cld18-t-cells', to: 'oncograph:esophagogastric-junction-adenocarcinoma', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-CLD18 T cell is for the treatment of Pancreatic Carcinoma and Adenocarcinoma of Esophagogastric Junction',
      trial: 'NCT03302403',
      qualifiers: ['advanced', 'Claudin18.2-positive'],
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Antigen)-[:EXPRESSED_IN]->(:Cancer)
UNWIND [
  {from: 'CD19', to: 'MONDO:0004947', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CD19-positive B-cell lymphoblastic leukaemia/lymphoma.',
      method: 'text',
      field: 'eligibility.criteria',
      confidence: 0.9}},
  {from: 'CD19', to: 'MONDO:0018905', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CD19-positive Diffuse Large B Cell Lymphoma',
      method: 'text',
      field: 'eligibility.criteria',
      confidence: 0.9}},
  {from: 'TNFRSF17', to: 'MONDO:0009693', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Bone marrow sample is confirmed as BCMA-positive by flow cytometry',
      method: 'text',
      field: 'eligibility.criteria',
      confidence: 0.9}},
  {from: 'CLDN18', to: 'MONDO:0009831', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'IHC testing confirmed as Claudin18.2 positive.',
      method: 'text',
      field: 'eligibility.criteria',
      isoform: 'CLDN18.2',
      confidence: 0.9}},
  {from: 'CLDN18', to: 'oncograph:esophagogastric-junction-adenocarcinoma', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'IHC testing confirmed as Claudin18.2 positive.',
      method: 'text',
      field: 'eligibility.criteria',
      isoform: 'CLDN18.2',
      confidence: 0.9}}
] AS row
OPTIONAL MATCH (a:Antigen {symbol: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:EXPRESSED_IN]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:STUDIES]->(:Cancer): the record's conditions, mapped as described at the top of this file
UNWIND [
  {from: 'NCT03302403', to: 'oncograph:b-cell-non-hodgkin-lymphoma', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'B Cell Lymphoma',
      method: 'record',
      field: 'condition',
      conditionTerm: 'B Cell Lymphoma',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'MONDO:0004947', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'B Cell Leukemia',
      method: 'record',
      field: 'condition',
      conditionTerm: 'B Cell Leukemia',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'MONDO:0009693', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Myeloma',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Myeloma',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'MONDO:0007256', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Hepatocellular Carcinoma',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Hepatocellular Carcinoma',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'MONDO:0009831', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Pancreatic Carcinoma',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Pancreatic Carcinoma',
      confidence: 1.0}},
  {from: 'NCT03302403', to: 'oncograph:esophagogastric-junction-adenocarcinoma', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'Adenocarcinoma of Esophagogastric Junction',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Adenocarcinoma of Esophagogastric Junction',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
