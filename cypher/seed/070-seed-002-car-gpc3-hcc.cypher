// Seed 002 (shared/seeds/002_a824adc699171d5d.txt, Advanced Medicine In China): CAR-T cells targeting GPC3 for
// hepatocellular carcinoma, by Professor Zhai Bo's team (Renji Hospital, Shanghai Jiao Tong University School of
// Medicine) with Li Zonghai's team at "Shanghai Sci-Tech Biotechnology" (CARsgen Therapeutics, per seed-facts);
// the Clinical Cancer Research 2020 and Cancer Communications 2023 papers; the team's EpCAM and Claudin18.2 CAR-T
// studies in gastrointestinal tumours; OTOT (on-target, off-tumour) toxicity studies.
// The registry records of the two phase I trials are in 075-ctgov-car-gpc3-trials.cypher.

// :Therapy nodes, merged on id
UNWIND [
  // One therapy node for the CAR-GPC3 T cells of the two Renji phase I trials and of NCT03302403: the Clinical
  // Cancer Research paper reports the two trials together as one CAR-GPC3 T-cell therapy. The name each registry
  // record uses is kept on its TESTS relationship (interventionName).
  {id: 'car-gpc3-t-cells', props: {
      name: 'CAR-GPC3 T cells',
      synonyms: ['CAR-GPC3 T cell', 'anti-GPC3 CAR T', 'GPC3 CAR-T', 'GPC3-targeted CAR T cells', 'Chimeric Antigen Receptor-Glypican-3 T cells', 'CAR T cells redirected to Glypican-3 in cancer cells', 'GPC3 Redirected Autologous Cells', 'GPC3-redirected Autologous Cell', 'Autologous T Cells Redirected to GPC3'],
      kind: 'cell product'}},
  {id: 'epcam-car-t-cells', props: {
      name: 'EpCAM CAR-T cells',
      synonyms: ['EpCAM CAR-T', 'EpCAM CAR-T cell', 'anti-EpCAM CAR T'],
      kind: 'cell product'}},
  {id: 'claudin18-2-car-t-cells', props: {
      name: 'Claudin18.2 CAR-T cells',
      synonyms: ['Claudin18.2 CAR-T', 'Claudin18.2 CAR-T cell therapy', 'CLDN18.2 CAR-T'],
      kind: 'cell product'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// :Person nodes, merged on id
UNWIND [
  {id: 'zhai-bo', props: {
      name: 'Zhai Bo',
      aliases: ['Bo Zhai', 'Zhaibo', 'Bo Zhai, MD'],
      notes: ['seed:002: his team studies the mechanism and prevention of OTOT (on-target, off-tumour) toxicity of CAR-T cells in solid tumours']}},
  {id: 'li-zonghai', props: {
      name: 'Li Zonghai',
      aliases: ['Zonghai Li', 'Lizonghai']}},
  {id: 'd-shi', props: {
      name: 'D. Shi',
      aliases: ['Shi D']}}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props;

// :Publication nodes, merged on id
UNWIND [
  {id: 'doi:10.1158/1078-0432.CCR-19-3259', props: {
      title: 'Chimeric Antigen Receptor-Glypican-3 T-Cell Therapy for Advanced Hepatocellular Carcinoma: Results of Phase I Trials',
      journal: 'Clinical Cancer Research',
      year: 2020,
      volume: '26',
      issue: '15',
      pages: '3979-3989',
      doi: '10.1158/1078-0432.CCR-19-3259',
      pmid: '32371538',
      pmidConfidence: 'likely'}},
  // DOI and authors list not found (seed-facts): a slug id, title and journal as seed 002 gives them.
  {id: 'cancer-commun-2023-combined-local-therapy-car-gpc3', props: {
      title: 'Combined local therapy and CAR-GPC3 T-cell therapy in advanced hepatocellular carcinoma: a proof-of-concept treatment strategy',
      journal: 'Cancer Communications',
      year: 2023}}
] AS row
MERGE (n:Publication {id: row.id})
SET n += row.props;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'car-gpc3-t-cells', to: 'car-t', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'CAR-T cell therapy targeting the GPC3 gene for hepatocellular carcinoma',
      confidence: 1.0}},
  {from: 'epcam-car-t-cells', to: 'car-t', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'phase I clinical research on EpCAM CAR-T cell combined with ablative therapy for gastrointestinal tumors',
      confidence: 1.0}},
  {from: 'claudin18-2-car-t-cells', to: 'car-t', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'phase II clinical research on Claudin18.2 CAR-T cell therapy for gastrointestinal tumors',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:TARGETS]->(:Antigen)
UNWIND [
  {from: 'car-gpc3-t-cells', to: 'GPC3', props: {
      sources: ['seed:002', 'ctgov:NCT02395250', 'ctgov:NCT03146234', 'ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-T cell therapy targeting the GPC3 gene for hepatocellular carcinoma',
      confidence: 1.0}},
  {from: 'epcam-car-t-cells', to: 'EPCAM', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'EpCAM CAR-T cell',
      confidence: 0.95}},
  {from: 'claudin18-2-car-t-cells', to: 'CLDN18', props: {
      sources: ['seed:002', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'Claudin18.2 CAR-T cell therapy',
      isoform: 'CLDN18.2',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Antigen {symbol: row.to})
MERGE (a)-[r:TARGETS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  {from: 'car-gpc3-t-cells', to: 'MONDO:0007256', props: {
      sources: ['seed:002', 'ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'CAR-T cell therapy targeting the GPC3 gene for hepatocellular carcinoma',
      qualifiers: ['advanced'],
      stage: 'phase I',
      confidence: 1.0}},
  {from: 'epcam-car-t-cells', to: 'oncograph:digestive-system-cancer', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'phase I clinical research on EpCAM CAR-T cell combined with ablative therapy for gastrointestinal tumors',
      stage: 'phase I',
      combinedWith: 'ablative therapy',
      confidence: 1.0}},
  {from: 'claudin18-2-car-t-cells', to: 'oncograph:digestive-system-cancer', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'phase II clinical research on Claudin18.2 CAR-T cell therapy for gastrointestinal tumors',
      stage: 'phase II',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Institution)-[:DEVELOPS]->(:Therapy)
UNWIND [
  {from: 'renji-hospital', to: 'car-gpc3-t-cells', props: {
      sources: ['seed:002'],
      evidence: 'inferred',
      quote: 'Professor Zhai Bo’s team from Shanghai Jiao Tong University School of Medicine’s Renji Hospital, in collaboration with Shanghai Sci-Tech Biotechnology’s team led by Li Zonghai, published groundbreaking preliminary clinical research data on CAR-T cell therapy targeting the GPC3 gene for hepatocellular carcinoma',
      role: 'clinical research',
      confidence: 0.85}},
  {from: 'carsgen-therapeutics', to: 'car-gpc3-t-cells', props: {
      sources: ['seed:002', 'reference:seed-facts'],
      evidence: 'inferred',
      quote: 'in collaboration with Shanghai Sci-Tech Biotechnology’s team led by Li Zonghai, published groundbreaking preliminary clinical research data on CAR-T cell therapy targeting the GPC3 gene',
      role: 'company partner',
      confidence: 0.85}},
  {from: 'renji-hospital', to: 'epcam-car-t-cells', props: {
      sources: ['seed:002'],
      evidence: 'inferred',
      quote: 'Professor Zhai Bo’s team is currently conducting various fundamental and clinical studies aimed at exploring additional possibilities for CAR-T cell therapy in solid tumors.',
      role: 'clinical research',
      confidence: 0.8}},
  {from: 'renji-hospital', to: 'claudin18-2-car-t-cells', props: {
      sources: ['seed:002'],
      evidence: 'inferred',
      quote: 'Professor Zhai Bo’s team is currently conducting various fundamental and clinical studies aimed at exploring additional possibilities for CAR-T cell therapy in solid tumors.',
      role: 'clinical research',
      confidence: 0.8}}
] AS row
OPTIONAL MATCH (a:Institution {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DEVELOPS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AFFILIATED_WITH]->(:Institution)
UNWIND [
  {from: 'zhai-bo', to: 'renji-hospital', props: {
      sources: ['seed:002', 'ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'Professor Zhai Bo’s team from Shanghai Jiao Tong University School of Medicine’s Renji Hospital',
      role: 'professor, team leader',
      confidence: 1.0}},
  {from: 'li-zonghai', to: 'carsgen-therapeutics', props: {
      sources: ['seed:002', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'Shanghai Sci-Tech Biotechnology’s team led by Li Zonghai',
      role: 'team leader',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Person)-[:AUTHORED]->(:Publication)
UNWIND [
  {from: 'zhai-bo', to: 'doi:10.1158/1078-0432.CCR-19-3259', props: {
      sources: ['reference:seed-facts', 'seed:002'],
      evidence: 'curated',
      quote: 'last authors Zonghai Li, Bo Zhai',
      position: 'senior',
      confidence: 1.0}},
  {from: 'li-zonghai', to: 'doi:10.1158/1078-0432.CCR-19-3259', props: {
      sources: ['reference:seed-facts', 'seed:002'],
      evidence: 'curated',
      quote: 'last authors Zonghai Li, Bo Zhai',
      position: 'senior',
      confidence: 1.0}},
  {from: 'd-shi', to: 'doi:10.1158/1078-0432.CCR-19-3259', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'Shi D et al.',
      position: 'first',
      confidence: 1.0}},
  {from: 'zhai-bo', to: 'cancer-commun-2023-combined-local-therapy-car-gpc3', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'Zhaibo, Lizonghai etc.',
      confidence: 0.9}},
  {from: 'li-zonghai', to: 'cancer-commun-2023-combined-local-therapy-car-gpc3', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'Zhaibo, Lizonghai etc.',
      confidence: 0.9}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Publication {id: row.to})
MERGE (a)-[r:AUTHORED]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Publication)-[:DESCRIBES]->(:Therapy)
UNWIND [
  {from: 'doi:10.1158/1078-0432.CCR-19-3259', to: 'car-gpc3-t-cells', props: {
      sources: ['seed:002', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'published groundbreaking preliminary clinical research data on CAR-T cell therapy targeting the GPC3 gene for hepatocellular carcinoma in the “Clinical Cancer Research” journal',
      finding: 'two phase I studies, 13 patients with GPC3-positive HCC',
      confidence: 1.0}},
  {from: 'cancer-commun-2023-combined-local-therapy-car-gpc3', to: 'car-gpc3-t-cells', props: {
      sources: ['seed:002'],
      evidence: 'stated',
      quote: 'their publication in the “Cancer Communications” journal showcased follow-up results of two late-stage liver cancer patients who achieved long-term tumor-free survival after receiving CAR-T cell combined with local therapy',
      combinedWith: 'local therapy',
      finding: 'two late-stage liver cancer patients with long-term tumor-free survival',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Publication {id: row.from})
OPTIONAL MATCH (b:Therapy {id: row.to})
MERGE (a)-[r:DESCRIBES]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:MAY_CAUSE]->(:AdverseEffect)
UNWIND [
  {from: 'car-t', to: 'on-target-off-tumor-toxicity', props: {
      sources: ['seed:002'],
      evidence: 'inferred',
      quote: 'studies on the mechanism and prevention of OTOT toxicity',
      context: 'CAR-T cells in solid tumours',
      confidence: 0.75}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:AdverseEffect {id: row.to})
MERGE (a)-[r:MAY_CAUSE]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
