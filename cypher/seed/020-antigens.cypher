// Antigens: human gene products that therapies are directed against, keyed by HGNC symbol.
// hgncId and synonyms come from shared/reference/seed-facts.md (HGNC). An id is stored only when seed-facts
// gives it as confirmed or likely; synonyms are what users type (matching is case-insensitive in queries).
// `commonName` is the name used in the clinic and in the seeds.

// :Antigen nodes, merged on symbol
UNWIND [
  {symbol: 'GPC3', props: {
      hgncId: 'HGNC:4451',
      name: 'glypican 3',
      commonName: 'Glypican-3',
      synonyms: ['glypican 3', 'glypican-3', 'GPC-3', 'OCI-5', 'MXR7'],
      uniprot: 'P51654',
      entrez: '2719'}},
  // HER2. Seed 001 mentions it only as a biomarker of the case ("HER2-negative"): no therapy here TARGETS it.
  {symbol: 'ERBB2', props: {
      hgncId: 'HGNC:3430',
      name: 'erb-b2 receptor tyrosine kinase 2',
      commonName: 'HER2',
      synonyms: ['HER2', 'HER-2', 'HER2/neu', 'NEU', 'CD340'],
      uniprot: 'P04626',
      entrez: '2064'}},
  {symbol: 'CD19', props: {
      hgncId: 'HGNC:1633',
      name: 'CD19 molecule',
      commonName: 'CD19',
      synonyms: ['B4', 'Leu-12'],
      uniprot: 'P15391',
      entrez: '930'}},
  {symbol: 'EPCAM', props: {
      hgncId: 'HGNC:11529',
      name: 'epithelial cell adhesion molecule',
      commonName: 'EpCAM',
      synonyms: ['EpCAM', 'CD326', 'TROP1', 'TACSTD1', 'KSA', 'EGP-2', 'ESA'],
      uniprot: 'P16422',
      entrez: '4072'}},
  // Claudin 18.2 is isoform 2 of CLDN18. HGNC has no id of its own for the isoform, so the isoform is modelled on
  // the CLDN18 antigen (isoforms list, and `isoform` on TARGETS), never as a gene of its own.
  // The UniProt isoform accession (P56856-2) is unverified in seed-facts and is left out.
  {symbol: 'CLDN18', props: {
      hgncId: 'HGNC:2039',
      name: 'claudin 18',
      commonName: 'Claudin 18.2',
      isoforms: ['CLDN18.2'],
      synonyms: ['Claudin18.2', 'CLDN18.2', 'Claudin 18.2', 'CLDN18A2', 'CLD18']}},
  {symbol: 'PDCD1', props: {
      hgncId: 'HGNC:8760',
      name: 'programmed cell death 1',
      commonName: 'PD-1',
      synonyms: ['PD-1', 'PD1', 'CD279'],
      uniprot: 'Q15116',
      entrez: '5133'}},
  {symbol: 'CTLA4', props: {
      hgncId: 'HGNC:2505',
      name: 'cytotoxic T-lymphocyte associated protein 4',
      commonName: 'CTLA-4',
      synonyms: ['CTLA-4', 'CD152'],
      entrez: '1493'}},
  // BCMA, targeted by CAR-BCMA T cells in NCT03302403. Its HGNC symbol is TNFRSF17. Its HGNC id is not in
  // seed-facts; HGNC:11913 is stored because two independent sources agree (the curator's knowledge, and the project's
  // antigen dictionary src/main/resources/ingest/antigens.csv, where it is cross-checked against HGNC-derived files).
  {symbol: 'TNFRSF17', props: {
      hgncId: 'HGNC:11913',
      hgncIdConfidence: 'cross-checked',
      name: 'TNF receptor superfamily member 17',
      commonName: 'BCMA',
      synonyms: ['BCMA', 'B-cell maturation antigen', 'CD269']}}
] AS row
MERGE (n:Antigen {symbol: row.symbol})
SET n += row.props;
