// Sources: every document that a fact in this graph was taken from.
// Relationship property `sources` lists these ids. Kinds: seed-document, registry-record, publication,
// reference, curated-table (see docs/graph-model.md).

// :Source nodes, merged on id
UNWIND [
  {id: 'seed:000', props: {
      kind: 'seed-document',
      title: 'New approaches to fight childhood bone and soft tissue cancers',
      genre: 'research project summary (grant)',
      file: 'shared/seeds/000_16152f6451a7cb09.txt',
      language: 'en'}},
  {id: 'seed:001', props: {
      kind: 'seed-document',
      title: "They eliminate a breast cancer with metastases thanks to the patient's own cells",
      publisher: 'hypertextual',
      genre: 'news article',
      file: 'shared/seeds/001_1a48ab00a517b84a.txt',
      language: 'en'}},
  {id: 'seed:002', props: {
      kind: 'seed-document',
      title: 'Unveiling Hope: Chinese CAR-T Cell Therapy Illuminating New Paths in Liver Cancer Treatment!',
      publisher: 'Advanced Medicine In China',
      genre: 'blog post',
      file: 'shared/seeds/002_a824adc699171d5d.txt',
      language: 'en'}},
  {id: 'seed:003', props: {
      kind: 'seed-document',
      title: 'Immunotherapy treatment for bone cancer',
      genre: 'web article',
      file: 'shared/seeds/003_90eeea984f16ed68.txt',
      language: 'en'}},
  {id: 'seed:004', props: {
      kind: 'seed-document',
      title: 'Engineered immune cells take on childhood leukemia and lymphoma',
      publisher: 'Curemydisease.com',
      genre: 'plain-language trial summary',
      file: 'shared/seeds/004_77236224bd72c819.txt',
      language: 'en'}},
  {id: 'reference:seed-facts', props: {
      kind: 'reference',
      title: 'Reference facts for the curated knowledge',
      publisher: 'OncoGraph curators (from HGNC, MONDO, NCIt, DOID, ROR, publishers, ClinicalTrials.gov)',
      file: 'shared/reference/seed-facts.md'}},
  {id: 'curated:oncograph', props: {
      kind: 'curated-table',
      title: 'OncoGraph curation: hierarchies and mappings added by curators where no source states them',
      publisher: 'OncoGraph curators',
      file: 'cypher/seed/'}},
  {id: 'curated:cancer-dictionary', props: {
      kind: 'curated-table',
      title: 'OncoGraph cancer dictionary: ids, synonyms and parents of cancers seen in trial records',
      publisher: 'OncoGraph curators',
      file: 'src/main/resources/ingest/cancers.csv'}},
  {id: 'doi:10.1158/1078-0432.CCR-19-3259', props: {
      kind: 'publication',
      title: 'Chimeric Antigen Receptor-Glypican-3 T-Cell Therapy for Advanced Hepatocellular Carcinoma: Results of Phase I Trials',
      publisher: 'Clinical Cancer Research',
      url: 'https://doi.org/10.1158/1078-0432.CCR-19-3259'}},
  {id: 'doi:10.1038/s41591-018-0040-8', props: {
      kind: 'publication',
      title: 'Immune recognition of somatic mutations leading to complete durable regression in metastatic breast cancer',
      publisher: 'Nature Medicine',
      url: 'https://doi.org/10.1038/s41591-018-0040-8'}},
  {id: 'ctgov:NCT02395250', props: {
      kind: 'registry-record',
      title: 'Anti-GPC3 CAR T for Treating Patients With Advanced HCC',
      publisher: 'ClinicalTrials.gov',
      url: 'https://clinicaltrials.gov/show/NCT02395250',
      file: 'shared/data/ctgov/legacy-xml/NCT02395250.xml',
      retrieved: '2018-05-29'}},
  {id: 'ctgov:NCT03146234', props: {
      kind: 'registry-record',
      title: 'CAR-GPC3 T Cells in Patients With Refractory Hepatocellular Carcinoma',
      publisher: 'ClinicalTrials.gov',
      url: 'https://clinicaltrials.gov/show/NCT03146234',
      file: 'shared/data/ctgov/legacy-xml/NCT03146234.xml',
      retrieved: '2018-05-29'}},
  {id: 'ctgov:NCT03302403', props: {
      kind: 'registry-record',
      title: 'Clinical Study of Redirected Autologous T Cells With a Chimeric Antigen Receptor in Patients With Malignant Tumors',
      publisher: 'ClinicalTrials.gov',
      url: 'https://clinicaltrials.gov/show/NCT03302403',
      file: 'shared/data/ctgov/legacy-xml/NCT03302403.xml',
      retrieved: '2018-05-29'}}
] AS row
MERGE (n:Source {id: row.id})
SET n += row.props;
