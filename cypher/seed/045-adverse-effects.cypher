// Adverse effects named by the seeds. Which therapy or modality may cause them is in the seed files
// (MAY_CAUSE), each with its source and quote.

// :AdverseEffect nodes, merged on id
UNWIND [
  // Seed 004: "CAR T-cell therapy can cause serious side effects like cytokine release syndrome."
  {id: 'cytokine-release-syndrome', props: {
      name: 'cytokine release syndrome',
      synonyms: ['CRS']}},
  // Seed 002: "studies on the mechanism and prevention of OTOT toxicity" (CAR-T cells in solid tumours).
  {id: 'on-target-off-tumor-toxicity', props: {
      name: 'on-target, off-tumor toxicity',
      synonyms: ['OTOT toxicity', 'OTOT', 'on-target off-tumour toxicity']}},
  // Seed 003: "immune-related side effects, including inflammation and autoimmunity, require careful management."
  {id: 'inflammation', props: {
      name: 'inflammation',
      synonyms: ['immune-related inflammation'],
      category: 'immune-related side effect'}},
  {id: 'autoimmunity', props: {
      name: 'autoimmunity',
      synonyms: ['autoimmune reaction', 'immune-related autoimmunity'],
      category: 'immune-related side effect'}}
] AS row
MERGE (n:AdverseEffect {id: row.id})
SET n += row.props;
