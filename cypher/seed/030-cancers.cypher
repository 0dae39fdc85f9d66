// Cancers, keyed by CURIE: MONDO where seed-facts gives one, else NCIt, else an OncoGraph slug.
//
// `oncograph:<slug>` ids are NOT ontology ids. They name a disease that a source mentions but for which no
// MONDO/NCIt id is confirmed (bone sarcoma, "gastrointestinal tumors", broader lymphoma groups). `idSource` says
// which kind of id the key is; replace a slug by the ontology id once it is confirmed (keep the slug in `formerIds`).
// Ids and slugs are the same as in the project's cancer dictionary (src/main/resources/ingest/cancers.csv), so
// that the ClinicalTrials.gov importer and this seed meet on the same nodes.
// Qualifiers such as metastatic, refractory, relapsed, advanced or HER2-negative describe a case or a population,
// not a disease: they live on STUDIED_FOR / STUDIES relationships, never as Cancer nodes.

// :Cancer nodes, merged on id
UNWIND [
  {id: 'MONDO:0007256', props: {
      name: 'hepatocellular carcinoma',
      synonyms: ['HCC', 'liver cancer', 'hepatocellular cancer', 'hepatoma', 'liver cell carcinoma', 'Carcinoma, Hepatocellular'],
      mondoId: 'MONDO:0007256',
      ncitId: 'NCIT:C3099',
      doid: 'DOID:684',
      idSource: 'MONDO'}},
  {id: 'MONDO:0007254', props: {
      name: 'breast cancer',
      synonyms: ['cancer of breast', 'malignant breast neoplasm', 'cáncer de mama'],
      mondoId: 'MONDO:0007254',
      doid: 'DOID:1612',
      idSource: 'MONDO'}},
  {id: 'oncograph:bone-sarcoma', props: {
      name: 'bone sarcoma',
      synonyms: ['bone cancer', 'bone cancers', 'bone sarcomas', 'sarcoma of bone', 'primary bone cancer'],
      idSource: 'oncograph'}},
  {id: 'MONDO:0009807', props: {
      name: 'osteosarcoma',
      synonyms: ['osteogenic sarcoma'],
      mondoId: 'MONDO:0009807',
      doid: 'DOID:3347',
      idSource: 'MONDO'}},
  {id: 'MONDO:0008977', props: {
      name: 'chondrosarcoma',
      synonyms: [],
      mondoId: 'MONDO:0008977',
      doid: 'DOID:3371',
      doidConfidence: 'likely',
      idSource: 'MONDO'}},
  {id: 'MONDO:0012817', props: {
      name: 'Ewing sarcoma',
      synonyms: ["Ewing's sarcoma", 'Ewing’s sarcoma', 'Ewing tumor'],
      mondoId: 'MONDO:0012817',
      doid: 'DOID:3369',
      idSource: 'MONDO'}},
  {id: 'NCIT:C9306', props: {
      name: 'soft tissue sarcoma',
      synonyms: ['soft-tissue sarcoma', 'STS', 'soft tissue cancer', 'soft tissue cancers'],
      ncitId: 'NCIT:C9306',
      idSource: 'NCIT'}},
  {id: 'MONDO:0004967', props: {
      name: 'acute lymphoblastic leukemia',
      synonyms: ['ALL', 'acute lymphoblastic leukaemia', 'acute lymphocytic leukemia', 'Precursor Cell Lymphoblastic Leukemia-Lymphoma'],
      mondoId: 'MONDO:0004967',
      idSource: 'MONDO'}},
  {id: 'MONDO:0004947', props: {
      name: 'B-cell acute lymphoblastic leukemia',
      synonyms: ['B-ALL', 'B-cell ALL', 'B-cell acute lymphoblastic leukaemia', 'B-lymphoblastic leukemia', 'B-cell lymphoblastic leukaemia'],
      mondoId: 'MONDO:0004947',
      ncitId: 'NCIT:C8936',
      idSource: 'MONDO'}},
  {id: 'MONDO:0018905', props: {
      name: 'diffuse large B-cell lymphoma',
      synonyms: ['DLBCL', 'diffuse large B cell lymphoma'],
      mondoId: 'MONDO:0018905',
      ncitId: 'NCIT:C8851',
      idSource: 'MONDO'}},
  // NCIt id is `likely` in seed-facts (one secondary source): stored, with its confidence beside it.
  {id: 'NCIT:C9280', props: {
      name: 'primary mediastinal large B-cell lymphoma',
      synonyms: ['PMBCL', 'PMBL', 'primary mediastinal B-cell lymphoma'],
      ncitId: 'NCIT:C9280',
      ncitConfidence: 'likely',
      idSource: 'NCIT'}},
  // Seed 002: the EpCAM and Claudin18.2 CAR-T studies of Zhai Bo's team are "for gastrointestinal tumors". Id and
  // name follow the project's cancer dictionary (src/main/resources/ingest/cancers.csv), which files "Gastrointestinal
  // Tumors" under digestive system cancer, so the importer and the seed share one node.
  {id: 'oncograph:digestive-system-cancer', props: {
      name: 'digestive system cancer',
      synonyms: ['gastrointestinal tumors', 'gastrointestinal tumor', 'gastrointestinal tumour', 'GI tumors', 'gastrointestinal cancer', 'digestive cancer'],
      idSource: 'oncograph'}},
  // Broader diseases, for the conditions of NCT03302403 and for the sarcoma and lymphoma hierarchies. Ids as in the
  // cancer dictionary; its MONDO ids that seed-facts does not hold are `likely` (same label in two public files).
  {id: 'MONDO:0005089', props: {
      name: 'sarcoma',
      synonyms: ['sarcomas'],
      mondoId: 'MONDO:0005089',
      mondoConfidence: 'likely',
      idSource: 'MONDO'}},
  {id: 'oncograph:b-cell-non-hodgkin-lymphoma', props: {
      name: 'B-cell non-Hodgkin lymphoma',
      synonyms: ['B Cell Lymphoma', 'B-cell lymphoma', 'B-NHL', 'B-cell lymphomas'],
      idSource: 'oncograph'}},
  {id: 'oncograph:large-b-cell-lymphoma', props: {
      name: 'large B-cell lymphoma',
      synonyms: ['LBCL'],
      idSource: 'oncograph'}},
  {id: 'MONDO:0009693', props: {
      name: 'multiple myeloma',
      synonyms: ['myeloma', 'plasma cell myeloma', 'MM'],
      mondoId: 'MONDO:0009693',
      mondoConfidence: 'likely',
      idSource: 'MONDO'}},
  {id: 'MONDO:0009831', props: {
      name: 'pancreatic cancer',
      synonyms: ['pancreatic carcinoma', 'cancer of pancreas', 'malignant pancreatic neoplasm'],
      mondoId: 'MONDO:0009831',
      mondoConfidence: 'likely',
      idSource: 'MONDO'}},
  {id: 'oncograph:esophagogastric-junction-adenocarcinoma', props: {
      name: 'esophagogastric junction adenocarcinoma',
      synonyms: ['adenocarcinoma of esophagogastric junction', 'adenocarcinoma of the esophagogastric junction', 'gastroesophageal junction adenocarcinoma', 'GEJ adenocarcinoma', 'EGJ adenocarcinoma'],
      idSource: 'oncograph'}}
] AS row
MERGE (n:Cancer {id: row.id})
SET n += row.props;

// (:Cancer)-[:SUBTYPE_OF]->(:Cancer)
UNWIND [
  {from: 'MONDO:0009807', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma',
      confidence: 0.95}},
  {from: 'MONDO:0008977', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma',
      confidence: 0.95}},
  // Ewing sarcoma also arises outside bone; the seed lists it among bone cancers, hence 0.9.
  {from: 'MONDO:0012817', to: 'oncograph:bone-sarcoma', props: {
      sources: ['seed:003'],
      evidence: 'stated',
      quote: 'Bone cancers, such as osteosarcoma, chondrosarcoma, and Ewing’s sarcoma',
      confidence: 0.9}},
  {from: 'MONDO:0004947', to: 'MONDO:0004967', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'parent acute lymphoblastic leukemia MONDO:0004967',
      confidence: 1.0}},
  // Broader parents, as in the cancer dictionary (src/main/resources/ingest/cancers.csv).
  {from: 'oncograph:bone-sarcoma', to: 'MONDO:0005089', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'NCIT:C9306', to: 'MONDO:0005089', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'MONDO:0018905', to: 'oncograph:large-b-cell-lymphoma', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'NCIT:C9280', to: 'oncograph:large-b-cell-lymphoma', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'oncograph:large-b-cell-lymphoma', to: 'oncograph:b-cell-non-hodgkin-lymphoma', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'MONDO:0009831', to: 'oncograph:digestive-system-cancer', props: {
      sources: ['curated:cancer-dictionary'],
      evidence: 'curated',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Cancer {id: row.from})
OPTIONAL MATCH (b:Cancer {id: row.to})
MERGE (a)-[r:SUBTYPE_OF]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
