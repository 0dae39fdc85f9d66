// Modalities: the kinds of therapy, as a hierarchy (Modality)-[:SUBTYPE_OF]->(Modality).
//
//   immunotherapy
//   +-- adoptive cell transfer
//   |   +-- CAR-T cell therapy            (NCIt C126102, confirmed in reference:seed-facts)
//   |   |   +-- armored CAR-T cell therapy
//   |   +-- tumor-infiltrating lymphocyte (TIL) therapy
//   +-- immune checkpoint inhibitor
//   +-- cancer vaccine
//   +-- cytokine therapy                (id `cytokine`)
//   adoptive cell transfer also holds TCR-T and CAR-NK (curated).
//
// Ids are the modality values of the project's agent dictionary (src/main/resources/ingest/agents.csv), so that the
// importer's HAS_MODALITY links land on these nodes. Dictionary modalities that are not placed in the hierarchy
// (monoclonal antibody, bispecific antibody, ADC, oncolytic virus, targeted therapy, chemotherapy, other) are roots
// until a curator places them: whether each is an immunotherapy depends on the agent.
// Where a seed says in words that one kind is a form of another, the link is `stated` with the quote.
// Where only the curators put it there, it is `curated`. No other ontology id is stored: only CAR-T's is confirmed.

// :Modality nodes, merged on id
UNWIND [
  {id: 'immunotherapy', props: {
      name: 'immunotherapy',
      synonyms: ['cancer immunotherapy', 'immuno-oncology', 'immunotherapeutic approach']}},
  {id: 'adoptive-cell-transfer', props: {
      name: 'adoptive cell transfer',
      synonyms: ['adoptive cell therapy', 'adoptive cell transfer therapy', 'adoptive transfer', 'ACT', 'adoptive T-cell therapy']}},
  {id: 'car-t', props: {
      name: 'CAR-T cell therapy',
      synonyms: ['CAR-T', 'CAR T', 'CAR T-cell therapy', 'CAR T cell therapy', 'CAR-T cells', 'CAR T cells', 'chimeric antigen receptor T-cell therapy', 'chimeric antigen receptor T cell therapy'],
      ncitId: 'NCIT:C126102'}},
  {id: 'armored-car-t', props: {
      name: 'armored CAR-T cell therapy',
      synonyms: ['armored CAR T', 'armored CAR-T', 'armoured CAR-T', 'armored CAR T cell therapy', 'armored CAR T cells']}},
  {id: 'til', props: {
      name: 'tumor-infiltrating lymphocyte (TIL) therapy',
      synonyms: ['TIL therapy', 'TIL', 'TILs', 'tumor-infiltrating lymphocyte therapy', 'tumour-infiltrating lymphocyte therapy', 'tumor-infiltrating lymphocytes', 'tumour-infiltrating lymphocytes']}},
  {id: 'checkpoint-inhibitor', props: {
      name: 'immune checkpoint inhibitor',
      synonyms: ['checkpoint inhibitor', 'checkpoint inhibitors', 'immune checkpoint inhibitors', 'immune checkpoint blockade', 'checkpoint blockade', 'ICI', 'immune control point inhibitor']}},
  {id: 'cancer-vaccine', props: {
      name: 'cancer vaccine',
      synonyms: ['cancer vaccines', 'therapeutic cancer vaccine', 'tumor vaccine', 'tumour vaccine']}},
  {id: 'cytokine', props: {
      name: 'cytokine therapy',
      synonyms: ['cytokine therapies', 'cytokine treatment', 'cytokine treatments', 'cytokine']}},
  {id: 'tcr-t', props: {
      name: 'TCR-T cell therapy',
      synonyms: ['TCR-T', 'TCR T cells', 'T-cell receptor engineered T cells', 'TCR-engineered T cells']}},
  {id: 'car-nk', props: {
      name: 'CAR-NK cell therapy',
      synonyms: ['CAR-NK', 'CAR NK cells', 'chimeric antigen receptor NK cells']}},
  {id: 'monoclonal-antibody', props: {
      name: 'monoclonal antibody',
      synonyms: ['monoclonal antibodies', 'mAb']}},
  {id: 'bispecific-antibody', props: {
      name: 'bispecific antibody',
      synonyms: ['bispecific antibodies', 'bispecific T-cell engager', 'BiTE']}},
  {id: 'antibody-drug-conjugate', props: {
      name: 'antibody-drug conjugate',
      synonyms: ['ADC', 'antibody drug conjugate']}},
  {id: 'oncolytic-virus', props: {
      name: 'oncolytic virus',
      synonyms: ['oncolytic virotherapy', 'oncolytic viruses']}},
  {id: 'targeted-therapy', props: {
      name: 'targeted therapy',
      synonyms: ['small-molecule targeted therapy']}},
  {id: 'chemotherapy', props: {
      name: 'chemotherapy',
      synonyms: ['cytotoxic chemotherapy']}},
  {id: 'other', props: {
      name: 'other',
      synonyms: []}}
] AS row
MERGE (n:Modality {id: row.id})
SET n += row.props;

// (:Modality)-[:SUBTYPE_OF]->(:Modality)
UNWIND [
  {from: 'adoptive-cell-transfer', to: 'immunotherapy', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies, cancer vaccines, and cytokine treatments.',
      confidence: 0.95}},
  {from: 'checkpoint-inhibitor', to: 'immunotherapy', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies, cancer vaccines, and cytokine treatments.',
      confidence: 0.95}},
  {from: 'cancer-vaccine', to: 'immunotherapy', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies, cancer vaccines, and cytokine treatments.',
      confidence: 0.95}},
  {from: 'cytokine', to: 'immunotherapy', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies, cancer vaccines, and cytokine treatments.',
      confidence: 0.95}},
  {from: 'car-t', to: 'adoptive-cell-transfer', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Chimeric antigen receptor T-cell (CAR-T) therapy, a form of adoptive transfer',
      confidence: 1.0}},
  // TCR-T and CAR-NK cells are engineered immune cells given back to the patient: adoptive cell transfer by
  // definition. No seed names them; they are placed for the importer's dictionary.
  {from: 'tcr-t', to: 'adoptive-cell-transfer', props: {
      sources: ['curated:oncograph'],
      evidence: 'curated',
      confidence: 0.95}},
  {from: 'car-nk', to: 'adoptive-cell-transfer', props: {
      sources: ['curated:oncograph'],
      evidence: 'curated',
      confidence: 0.95}},
  // Seed 000 names the modality but does not place it: an armored CAR is a CAR-T cell engineered with extra
  // payloads, so the curators put it under CAR-T.
  {from: 'armored-car-t', to: 'car-t', props: {
      sources: ['curated:oncograph', 'seed:000'],
      evidence: 'curated',
      quote: 'Accelerating an armored CAR T cell therapy',
      confidence: 0.95}},
  // Seed 001 describes adoptive cell therapy as T cells taken from the tumour and re-introduced; TIL therapy is
  // that approach (reference:seed-facts names the product tumour-infiltrating lymphocytes).
  {from: 'til', to: 'adoptive-cell-transfer', props: {
      sources: ['curated:oncograph', 'seed:001'],
      evidence: 'curated',
      quote: "In the last, T cells are taken from the patient's blood or tumor mass, and only those who recognize the cancer are cultivated and then re-introduced to the patient.",
      confidence: 0.9}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:SUBTYPE_OF]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
