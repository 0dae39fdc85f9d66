// The two Renji Hospital trials of CAR-GPC3 T cells behind the Clinical Cancer Research 2020 paper, from their
// ClinicalTrials.gov legacy XML records (shared/data/ctgov/legacy-xml/, processed by ClinicalTrials.gov on
// 2018-05-29: status and dates are as of that day). Enumerations follow the ClinicalTrials.gov v2 API
// (PHASE1, NA, TERMINATED, RECRUITING, ANTICIPATED...). stdAges is derived from the minimum/maximum age with the
// registry's rule (CHILD < 18, ADULT 18-64, OLDER_ADULT >= 65).
//
// Differences from seed-facts, where the record wins: NCT02395250 is TERMINATED in the record (seed-facts says
// completed); NCT03146234's record gives phase N/A, while the paper reports it as one of two phase I studies
// (kept in phaseReported).

// :Trial nodes, merged on nctId
UNWIND [
  {nctId: 'NCT02395250', props: {
      title: 'Anti-GPC3 CAR T for Treating Patients With Advanced HCC',
      officialTitle: 'Autologous T Cells Redirected to GPC3 for Treating Patients With Advanced HCC',
      orgStudyId: 'RJ-20150313',
      phases: ['PHASE1'],
      phase: 'PHASE1',
      status: 'TERMINATED',
      whyStopped: 'For reason NOT related to safety, efficacy, feasibility, or funding issues.',
      startDate: '2015-03',
      primaryCompletionDate: '2016-06',
      completionDate: '2017-12',
      completionDateType: 'ANTICIPATED',
      enrollment: 13,
      enrollmentType: 'ACTUAL',
      studyType: 'INTERVENTIONAL',
      minimumAge: '18 Years',
      maximumAge: '70 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
      sex: 'ALL',
      conditions: ['Hepatocellular Carcinoma'],
      statusVerifiedDate: '2017-04',
      recordDate: '2018-05-29'}},
  {nctId: 'NCT03146234', props: {
      title: 'CAR-GPC3 T Cells in Patients With Refractory Hepatocellular Carcinoma',
      officialTitle: 'Clinical Study of Redirected Autologous T Cells With a GPC3-targeted Chimeric Antigen Receptor in Patients With Refractory Hepatocellular Carcinoma',
      orgStudyId: 'CG1006',
      phases: ['NA'],
      phase: 'NA',
      phaseReported: 'PHASE1',
      phaseReportedBy: 'doi:10.1158/1078-0432.CCR-19-3259 (via reference:seed-facts: two phase I studies)',
      status: 'RECRUITING',
      startDate: '2017-03-17',
      primaryCompletionDate: '2019-12-16',
      completionDate: '2020-06-15',
      completionDateType: 'ANTICIPATED',
      enrollment: 20,
      enrollmentType: 'ANTICIPATED',
      studyType: 'INTERVENTIONAL',
      minimumAge: '18 Years',
      maximumAge: '70 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
      sex: 'ALL',
      conditions: ['Hepatocellular Carcinoma'],
      statusVerifiedDate: '2017-05',
      recordDate: '2018-05-29'}}
] AS row
MERGE (n:Trial {nctId: row.nctId})
SET n += row.props;

// (:Trial)-[:TESTS]->(:Therapy)
UNWIND [
  {from: 'NCT02395250', to: 'car-gpc3-t-cells', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'anti-GPC3 CAR T',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'anti-GPC3 CAR T',
      interventionType: 'BIOLOGICAL',
      arm: 'experimental',
      confidence: 1.0}},
  {from: 'NCT03146234', to: 'car-gpc3-t-cells', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'CAR-GPC3 T cells',
      method: 'record',
      field: 'intervention.intervention_name',
      interventionName: 'CAR-GPC3 T cells',
      interventionType: 'GENETIC',
      arm: 'experimental',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:TESTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:STUDIES]->(:Cancer)
UNWIND [
  {from: 'NCT02395250', to: 'MONDO:0007256', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'patients with relapsed or refractory hepatocellular carcinoma (HCC)',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Hepatocellular Carcinoma',
      qualifiers: ['relapsed', 'refractory', 'advanced', 'GPC3-positive'],
      confidence: 1.0}},
  {from: 'NCT03146234', to: 'MONDO:0007256', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'patients with relapsed or refractory hepatocellular carcinoma',
      method: 'record',
      field: 'condition',
      conditionTerm: 'Hepatocellular Carcinoma',
      qualifiers: ['relapsed', 'refractory', 'GPC3-positive'],
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:SPONSORED_BY]->(:Institution)
UNWIND [
  {from: 'NCT02395250', to: 'renji-hospital', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'RenJi Hospital',
      method: 'record',
      field: 'sponsors.lead_sponsor',
      role: 'lead',
      confidence: 1.0}},
  {from: 'NCT03146234', to: 'renji-hospital', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'RenJi Hospital',
      method: 'record',
      field: 'sponsors.lead_sponsor',
      role: 'lead',
      confidence: 1.0}},
  {from: 'NCT03146234', to: 'carsgen-therapeutics', props: {
      sources: ['ctgov:NCT03146234'],
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
  {from: 'NCT02395250', to: 'shanghai-cancer-institute', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'Shanghai Cancer Institute Xuhui Shanghai 200032 China',
      method: 'record',
      field: 'location.facility',
      confidence: 1.0}},
  {from: 'NCT03146234', to: 'renji-hospital', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'Renji Hospital, Shanghai Jiaotong University School of Medicine Shanghai Shanghai 20001 China',
      method: 'record',
      field: 'location.facility',
      siteStatus: 'RECRUITING',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:CONDUCTED_AT]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:OFFICIAL_OF]->(:Trial)
UNWIND [
  {from: 'zhai-bo', to: 'NCT02395250', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'Bo Zhai, MD Study Director Renji',
      method: 'record',
      field: 'overall_official',
      role: 'STUDY_DIRECTOR',
      confidence: 1.0}},
  {from: 'zhai-bo', to: 'NCT03146234', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'Bo Zhai, MD Principal Investigator RenJi Hospital',
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

// (:Antigen)-[:EXPRESSED_IN]->(:Cancer)
UNWIND [
  {from: 'GPC3', to: 'MONDO:0007256', props: {
      sources: ['ctgov:NCT02395250', 'ctgov:NCT03146234', 'ctgov:NCT03302403', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'GPC3 is expressed in HCC tissues by IHC.',
      method: 'text',
      field: 'eligibility.criteria',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Antigen {symbol: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:EXPRESSED_IN]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Publication)-[:REPORTS]->(:Trial)
UNWIND [
  {from: 'doi:10.1158/1078-0432.CCR-19-3259', to: 'NCT02395250', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'NCT02395250 (RenJi Hospital, Phase 1, completed, 13 enrolled)',
      confidence: 0.95}},
  // seed-facts: "confirmed / likely" for the pair; the second trial is the `likely` one.
  {from: 'doi:10.1158/1078-0432.CCR-19-3259', to: 'NCT03146234', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'NCT03146234 (RenJi Hospital, CARsgen collaborating)',
      confidence: 0.85}}
] AS row
OPTIONAL MATCH (a:Publication {id: row.from})
OPTIONAL MATCH (b:Trial {nctId: row.to})
MERGE (a)-[r:REPORTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:MAY_CAUSE]->(:AdverseEffect)
UNWIND [
  // The record lists cytokine release syndrome among the CAR-GPC3 T cell related toxicities it watches for;
  // seed 004 says CAR T-cell therapy can cause it. A risk by reading, not an observed event.
  {from: 'car-gpc3-t-cells', to: 'cytokine-release-syndrome', props: {
      sources: ['ctgov:NCT03146234', 'seed:004'],
      evidence: 'inferred',
      quote: 'Cytokine release syndrome',
      context: 'listed among the CAR-GPC3 T cells related toxicities counted by the primary outcome',
      method: 'text',
      field: 'primary_outcome.description',
      confidence: 0.7}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:AdverseEffect {id: row.to})
MERGE (a)-[r:MAY_CAUSE]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
