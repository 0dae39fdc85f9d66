// Seed 003 (shared/seeds/003_90eeea984f16ed68.txt): immunotherapy for bone cancers (osteosarcoma, chondrosarcoma,
// Ewing sarcoma): checkpoint inhibitors against PD-1 or CTLA-4, adoptive cell transfer, CAR-T, cancer vaccines,
// cytokines; immune-related side effects (inflammation, autoimmunity).
// The seed speaks of kinds of therapy, not of products: the modalities are EXPLORED_FOR bone sarcoma, and the two
// checkpoint-inhibitor classes it names are Therapy nodes of kind 'drug class'.
// The subtype hierarchy (osteosarcoma, chondrosarcoma, Ewing sarcoma SUBTYPE_OF bone sarcoma) is in 030-cancers.

// :Therapy nodes, merged on id
UNWIND [
  {id: 'pd-1-inhibitor', props: {
      name: 'PD-1 inhibitor',
      synonyms: ['PD-1 inhibitors', 'anti-PD-1', 'PD-1 blockade', 'PD-1 checkpoint inhibitor'],
      kind: 'drug class'}},
  {id: 'ctla-4-inhibitor', props: {
      name: 'CTLA-4 inhibitor',
      synonyms: ['CTLA-4 inhibitors', 'anti-CTLA-4', 'CTLA-4 blockade', 'CTLA-4 checkpoint inhibitor'],
      kind: 'drug class'}}
] AS row
MERGE (n:Therapy {id: row.id})
SET n += row.props;

// (:Therapy)-[:HAS_MODALITY]->(:Modality)
UNWIND [
  {from: 'pd-1-inhibitor', to: 'checkpoint-inhibitor', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Checkpoint inhibitors are among the most studied in this context. These drugs block proteins like PD-1 or CTLA-4',
      confidence: 1.0}},
  {from: 'ctla-4-inhibitor', to: 'checkpoint-inhibitor', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Checkpoint inhibitors are among the most studied in this context. These drugs block proteins like PD-1 or CTLA-4',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Modality {id: row.to})
MERGE (a)-[r:HAS_MODALITY]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:TARGETS]->(:Antigen)
UNWIND [
  {from: 'pd-1-inhibitor', to: 'PDCD1', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'These drugs block proteins like PD-1 or CTLA-4, which cancer cells exploit to evade immune detection.',
      action: 'blocks',
      confidence: 1.0}},
  {from: 'ctla-4-inhibitor', to: 'CTLA4', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'These drugs block proteins like PD-1 or CTLA-4, which cancer cells exploit to evade immune detection.',
      action: 'blocks',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Antigen {symbol: row.to})
MERGE (a)-[r:TARGETS]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Therapy)-[:STUDIED_FOR]->(:Cancer)
UNWIND [
  // The seed says checkpoint inhibitors (as a class) are studied in bone cancers; that each of the two named
  // classes is, is a reading.
  {from: 'pd-1-inhibitor', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'inferred',
      quote: 'Checkpoint inhibitors are among the most studied in this context.',
      outcome: 'success in bone cancers has been variable, early clinical trials show potential',
      confidence: 0.8}},
  {from: 'ctla-4-inhibitor', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'inferred',
      quote: 'Checkpoint inhibitors are among the most studied in this context.',
      outcome: 'success in bone cancers has been variable, early clinical trials show potential',
      confidence: 0.8}}
] AS row
OPTIONAL MATCH (a:Therapy {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:STUDIED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:EXPLORED_FOR]->(:Cancer)
UNWIND [
  {from: 'immunotherapy', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Immunotherapy has emerged as a promising frontier in the treatment of bone cancer',
      confidence: 1.0}},
  {from: 'checkpoint-inhibitor', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors',
      finding: 'success variable, early clinical trials show potential, especially in combination',
      confidence: 1.0}},
  {from: 'adoptive-cell-transfer', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies',
      confidence: 1.0}},
  {from: 'car-t', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Researchers are now investigating similar strategies for solid tumors, including bone cancers, by engineering T-cells to recognize specific markers on tumor cells.',
      confidence: 0.95}},
  {from: 'cancer-vaccine', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'While still largely experimental in bone cancer, ongoing trials aim to determine their efficacy and safety.',
      finding: 'largely experimental, ongoing trials',
      confidence: 1.0}},
  {from: 'cytokine', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Several types of immunotherapy are being explored for bone cancers, including immune checkpoint inhibitors, adoptive cell transfer therapies, cancer vaccines, and cytokine treatments.',
      confidence: 1.0}},
  // The seed names the three subtypes as the bone cancers immunotherapy research addresses; per-subtype
  // exploration of each modality is not stated, so only the umbrella modality is linked to them, as a reading.
  {from: 'immunotherapy', to: 'MONDO:0009807', props: {
      sources: ['seed:003'],
      evidence: 'inferred',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma, often pose significant treatment challenges',
      confidence: 0.8}},
  {from: 'immunotherapy', to: 'MONDO:0008977', props: {
      sources: ['seed:003'],
      evidence: 'inferred',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma, often pose significant treatment challenges',
      confidence: 0.8}},
  {from: 'immunotherapy', to: 'MONDO:0012817', props: {
      sources: ['seed:003'],
      evidence: 'inferred',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma, often pose significant treatment challenges',
      confidence: 0.8}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:EXPLORED_FOR]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Modality)-[:MAY_CAUSE]->(:AdverseEffect)
UNWIND [
  {from: 'immunotherapy', to: 'inflammation', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'immune-related side effects, including inflammation and autoimmunity, require careful management',
      confidence: 0.95}},
  {from: 'immunotherapy', to: 'autoimmunity', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'immune-related side effects, including inflammation and autoimmunity, require careful management',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Modality {id: row.from})
OPTIONAL MATCH (b:AdverseEffect {id: row.to})
MERGE (a)-[r:MAY_CAUSE]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
