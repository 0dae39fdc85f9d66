// Seed 001 (shared/seeds/001_1a48ab00a517b84a.txt, hypertextual): a woman with metastatic HER2-negative breast
// cancer was freed of disease by her own T cells, in a trial of the US National Cancer Institute; results in
// Nature Medicine; lead author Steven A. Rosenberg.
// What the seed does not say comes from reference:seed-facts (the publication row): the DOI, the trial
// NCT01174121, that the cells were tumour-infiltrating lymphocytes given with IL-2 and pembrolizumab.
//
// HER2-negative is a biomarker of the case: it is a qualifier on STUDIED_FOR / STUDIES, and there is NO
// TARGETS relationship to ERBB2.
// The mutant neoantigens the TILs recognised (SLC3A2, KIAA0368, CADPS2, CTSB) are kept as a list on the
// publication's DESCRIBES relationship, not as Antigen nodes: they are patient-specific mutations (the therapy is
// not directed against these proteins in general), their HGNC ids are not in seed-facts, and KIAA0368 may not
// be a current HGNC symbol, which an Antigen key must be.

// :Therapy nodes, merged on id
UNWIND [
  {id: 'nci-til-therapy', props: {
      name: 'NCI tumor-infiltrating lymphocyte (TIL) therapy',
      synonyms: ['TIL therapy for metastatic breast cancer', 'tumor-infiltrating lymphocytes', 'tumour-infiltrating lymphocytes', 'autologous TIL', 'T-cell immunotherapy for breast cancer'],
      kind: 'cell product',
      description: 'Personalised: autologous T cells isolated from the patient, reactivated and expanded, and re-infused (adoptive cell therapy).'}},
  {id: 'pembrolizumab', props: {
      name: 'pembrolizumab',
      kind: 'drug'}},
  {id: 'interleukin-2', props: {
      name: 'interleukin-2',
      synonyms: ['IL-2', 'IL2'],
      kind: 'drug'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// :Trial nodes, merged on nctId
UNWIND [
  {nctId: 'NCT01174121', props: {
      summary: 'The trial in which the seed 001 patient was treated: designed to mediate tumor regression in patients with epithelial cancers who develop metastases. Its authors are members of the US National Cancer Institute. Title, phase and status are not in the sources (no registry record in this repository).'}}
] AS row
MERGE (n:Trial {nctId: row.nctId})
SET n += row.props;

// :Person nodes, merged on id
UNWIND [
  {id: 'steven-a-rosenberg', props: {
      name: 'Steven A. Rosenberg',
      aliases: ['Steven a. Rosenberg', 'Steven Rosenberg', 'Rosenberg SA']}},
  {id: 'n-zacharakis', props: {
      name: 'N. Zacharakis',
      aliases: ['Zacharakis N']}}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props;

// :Publication nodes, merged on id
UNWIND [
  {id: 'doi:10.1038/s41591-018-0040-8', props: {
      title: 'Immune recognition of somatic mutations leading to complete durable regression in metastatic breast cancer',
      journal: 'Nature Medicine',
      year: 2018,
      doi: '10.1038/s41591-018-0040-8',
      pmcid: 'PMC6348479'}}
] AS row
MERGE (n:Publication {id: row.id})
SET n += row.props;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'nci-til-therapy', to: 'til', props: {
      sources: ['reference:seed-facts', 'seed:001'],
      evidence: 'curated',
      quote: 'tumour-infiltrating lymphocytes with IL-2 and pembrolizumab',
      confidence: 0.95}},
  // IL-2 is an interleukin, which seed 003 names as the kind of signalling protein used in cytokine therapy.
  {from: 'interleukin-2', to: 'cytokine', props: {
      sources: ['seed:003', 'reference:seed-facts'],
      evidence: 'inferred',
      quote: 'Cytokine therapies, which involve signaling proteins like interleukins and interferons',
      confidence: 0.85}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  {from: 'nci-til-therapy', to: 'MONDO:0007254', props: {
      sources: ['seed:001'],
      evidence: 'stated',
      quote: 'This is the first successful application of T-cell immunotherapy for breast cancer in a late stage',
      qualifiers: ['metastatic', 'HER2-negative', 'late-stage'],
      biomarkers: ['HER2-negative'],
      outcome: 'complete regression of all metastatic lesions, disease-free two years after treatment (one patient)',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Institution)-[:DEVELOPS]->(:Therapy)
UNWIND [
  {from: 'ror:040gcmg81', to: 'nci-til-therapy', props: {
      sources: ['seed:001'],
      evidence: 'stated',
      quote: "The authors of the trial, members of the United States National Cancer Institute , modified the patient's immune system to completely eliminate their cancer cells.",
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Institution {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DEVELOPS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:COMBINED_WITH]->(:Therapy)
UNWIND [
  // Combination partners: from the publication via seed-facts; seed 001 itself does not name them.
  {from: 'nci-til-therapy', to: 'pembrolizumab', props: {
      sources: ['doi:10.1038/s41591-018-0040-8', 'reference:seed-facts'],
      evidence: 'curated',
      quote: 'tumour-infiltrating lymphocytes with IL-2 and pembrolizumab',
      confidence: 0.95}},
  {from: 'nci-til-therapy', to: 'interleukin-2', props: {
      sources: ['doi:10.1038/s41591-018-0040-8', 'reference:seed-facts'],
      evidence: 'curated',
      quote: 'tumour-infiltrating lymphocytes with IL-2 and pembrolizumab',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:COMBINED_WITH]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:TESTS]->(:Therapy)
UNWIND [
  {from: 'NCT01174121', to: 'nci-til-therapy', props: {
      sources: ['seed:001', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'was enrolled in a clinical trial designed to mediate tumor regression in patients with epithelial cancers',
      arm: 'experimental',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:TESTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:STUDIES]->(:Cancer)
UNWIND [
  {from: 'NCT01174121', to: 'MONDO:0007254', props: {
      sources: ['seed:001', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'A 49-year-old woman with metastatic HER2-negative breast cancer – against whom different chemotherapy regimens did not work – was enrolled in a clinical trial',
      qualifiers: ['metastatic', 'HER2-negative'],
      note: 'The trial enrols patients with metastatic epithelial cancers; breast cancer is the case the seed reports.',
      confidence: 0.9}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Trial)-[:CONDUCTED_AT]->(:Institution)
UNWIND [
  // The seed says the trial's authors are NCI members, not where the trial ran.
  {from: 'NCT01174121', to: 'ror:040gcmg81', props: {
      sources: ['seed:001'],
      evidence: 'inferred',
      quote: 'The authors of the trial, members of the United States National Cancer Institute',
      confidence: 0.7}}
] AS row
OPTIONAL MATCH (a:Trial {nctId: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:CONDUCTED_AT]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AFFILIATED_WITH]->(:Institution)
UNWIND [
  {from: 'steven-a-rosenberg', to: 'ror:040gcmg81', props: {
      sources: ['seed:001', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'The authors of the trial, members of the United States National Cancer Institute',
      role: 'Surgery Branch',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AUTHORED]->(:Publication)
UNWIND [
  {from: 'steven-a-rosenberg', to: 'doi:10.1038/s41591-018-0040-8', props: {
      sources: ['reference:seed-facts', 'seed:001'],
      evidence: 'curated',
      quote: 'senior author Steven A. Rosenberg (NCI Surgery Branch)',
      position: 'senior',
      confidence: 1.0}},
  {from: 'n-zacharakis', to: 'doi:10.1038/s41591-018-0040-8', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'Zacharakis N et al.',
      position: 'first',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Publication {id: row.to})
MERGE (a)-[r:AUTHORED]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Publication)-[:DESCRIBES]->(:Therapy)
UNWIND [
  {from: 'doi:10.1038/s41591-018-0040-8', to: 'nci-til-therapy', props: {
      sources: ['seed:001', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'The results are published this week in Nature Medicine.',
      neoantigens: ['mutant SLC3A2', 'mutant KIAA0368', 'mutant CADPS2', 'mutant CTSB'],
      neoantigensSource: 'reference:seed-facts: the TILs recognised mutant SLC3A2, KIAA0368, CADPS2 and CTSB',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Publication {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DESCRIBES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Publication)-[:REPORTS]->(:Trial)
UNWIND [
  {from: 'doi:10.1038/s41591-018-0040-8', to: 'NCT01174121', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'trial NCT01174121',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Publication {id: row.from})
OPTIONAL MATCH (b:Trial {nctId: row.to})
MERGE (a)-[r:REPORTS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:EXPLORED_FOR]->(:Cancer)
UNWIND [
  {from: 'checkpoint-inhibitor', to: 'MONDO:0007254', props: {
      sources: ['seed:001'],
      evidence: 'stated',
      quote: 'so far clinical trials using immune control point inhibitors had proven ineffective in treating breast cancer',
      finding: 'ineffective so far',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:EXPLORED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
