// Countries and institutions.
// Institution.id is `ror:<id>` only where seed-facts gives the ROR id as confirmed; otherwise a slug, with a
// `likely` or `unverified` ROR id kept in rorId + rorConfidence beside it (never as the key).
// Institution.country is the ISO 3166-1 alpha-2 code of the Country it is LOCATED_IN.

// :Country nodes, merged on code
UNWIND [
  {code: 'ES', props: {
      name: 'Spain'}},
  {code: 'US', props: {
      name: 'United States'}},
  {code: 'CN', props: {
      name: 'China'}},
  {code: 'IT', props: {
      name: 'Italy'}}
] AS row
MERGE (n:Country {code: row.code})
SET n += row.props;

// :Institution nodes, merged on id
UNWIND [
  // ROR 00btzwk36 is `likely` in seed-facts: not confirmed, so the key is a slug.
  {id: 'josep-carreras-leukaemia-research-institute', props: {
      name: 'Josep Carreras Leukaemia Research Institute',
      aliases: ['Josep Carreras Leukemia Research Institute'],
      kind: 'research institute',
      city: 'Barcelona',
      country: 'ES',
      rorId: 'ror:00btzwk36',
      rorConfidence: 'likely'}},
  {id: 'ror:040gcmg81', props: {
      name: 'National Cancer Institute',
      aliases: ['NCI', 'US National Cancer Institute', 'United States National Cancer Institute'],
      kind: 'government agency',
      country: 'US',
      rorId: 'ror:040gcmg81',
      rorConfidence: 'confirmed'}},
  {id: 'ror:01cwqze88', props: {
      name: 'National Institutes of Health',
      aliases: ['NIH'],
      kind: 'government agency',
      country: 'US',
      rorId: 'ror:01cwqze88',
      rorConfidence: 'confirmed'}},
  {id: 'ror:0220qvk04', props: {
      name: 'Shanghai Jiao Tong University',
      aliases: ['Shanghai Jiaotong University', 'SJTU'],
      kind: 'university',
      city: 'Shanghai',
      country: 'CN',
      rorId: 'ror:0220qvk04',
      rorConfidence: 'confirmed'}},
  // No ROR id found for Renji Hospital (seed-facts).
  {id: 'renji-hospital', props: {
      name: 'Renji Hospital',
      aliases: ['RenJi Hospital', 'Renji', 'Renji Hospital, Shanghai Jiao Tong University School of Medicine', 'Renji Hospital, Shanghai Jiaotong University School of Medicine', 'Shanghai Jiao Tong University School of Medicine Renji Hospital'],
      kind: 'hospital',
      city: 'Shanghai',
      country: 'CN'}},
  // No ROR id found for CARsgen (seed-facts). Seed 002 calls the company "Shanghai Sci-Tech Biotechnology".
  {id: 'carsgen-therapeutics', props: {
      name: 'CARsgen Therapeutics',
      aliases: ['Carsgen Therapeutics, Ltd.', 'CARsgen', 'Shanghai Sci-Tech Biotechnology', 'Shanghai Sci-Tech'],
      kind: 'company',
      city: 'Shanghai',
      country: 'CN'}},
  // Site of NCT02395250 (registry record).
  {id: 'shanghai-cancer-institute', props: {
      name: 'Shanghai Cancer Institute',
      kind: 'research institute',
      city: 'Shanghai',
      country: 'CN'}},
  // Site of NCT03302403; the registry record spells it "Univeristy" (kept as an alias so imports match).
  {id: 'first-affiliated-hospital-of-wenzhou-medical-university', props: {
      name: 'First Affiliated Hospital of Wenzhou Medical University',
      aliases: ['First Affiliated Hospital of Wenzhou Medical Univeristy'],
      kind: 'hospital',
      city: 'Wenzhou',
      country: 'CN'}},
  // ROR 02sy42d13 is `unverified` in seed-facts: stored only beside its confidence, never as the key.
  {id: 'ospedale-pediatrico-bambino-gesu', props: {
      name: 'IRCCS Ospedale Pediatrico Bambino Gesù',
      aliases: ['Ospedale Pediatrico Bambino Gesù', 'Ospedale Pediatrico Bambino Gesu', "Bambino Gesù Children's Hospital", "Bambino Gesu Children's Hospital", 'Bambino Gesù'],
      kind: 'hospital',
      city: 'Rome',
      country: 'IT',
      rorId: 'ror:02sy42d13',
      rorConfidence: 'unverified'}}
] AS row
MERGE (n:Institution {id: row.id})
SET n += row.props;

// (:Institution)-[:PART_OF]->(:Institution)
UNWIND [
  {from: 'ror:040gcmg81', to: 'ror:01cwqze88', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'US National Cancer Institute (child of NIH, ror 01cwqze88)',
      confidence: 1.0}},
  // The seed names "Shanghai Jiao Tong University School of Medicine's Renji Hospital": Renji belongs to the
  // university through its school of medicine (not modelled as a node of its own).
  {from: 'renji-hospital', to: 'ror:0220qvk04', props: {
      sources: ['seed:002', 'reference:seed-facts'],
      evidence: 'stated',
      quote: 'Shanghai Jiao Tong University School of Medicine’s Renji Hospital',
      via: 'Shanghai Jiao Tong University School of Medicine',
      confidence: 0.95}}
] AS row
OPTIONAL MATCH (a:Institution {id: row.from})
OPTIONAL MATCH (b:Institution {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;

// (:Institution)-[:LOCATED_IN]->(:Country)
UNWIND [
  {from: 'josep-carreras-leukaemia-research-institute', to: 'ES', props: {
      sources: ['seed:000'],
      evidence: 'stated',
      quote: 'Josep Carreras Leukaemia Research Institute, Barcelona, Spain',
      confidence: 1.0}},
  {from: 'ror:040gcmg81', to: 'US', props: {
      sources: ['seed:001'],
      evidence: 'stated',
      quote: 'United States National Cancer Institute',
      confidence: 1.0}},
  {from: 'ror:01cwqze88', to: 'US', props: {
      sources: ['curated:oncograph', 'reference:seed-facts'],
      evidence: 'curated',
      quote: 'US National Cancer Institute (child of NIH, ror 01cwqze88)',
      confidence: 1.0}},
  {from: 'ror:0220qvk04', to: 'CN', props: {
      sources: ['curated:oncograph'],
      evidence: 'curated',
      confidence: 1.0}},
  {from: 'renji-hospital', to: 'CN', props: {
      sources: ['ctgov:NCT03146234'],
      evidence: 'stated',
      quote: 'Renji Hospital, Shanghai Jiaotong University School of Medicine Shanghai Shanghai 20001 China',
      method: 'record',
      field: 'location.facility.address.country',
      confidence: 1.0}},
  {from: 'carsgen-therapeutics', to: 'CN', props: {
      sources: ['reference:seed-facts'],
      evidence: 'curated',
      quote: 'CARsgen Therapeutics (Shanghai',
      confidence: 0.95}},
  {from: 'shanghai-cancer-institute', to: 'CN', props: {
      sources: ['ctgov:NCT02395250'],
      evidence: 'stated',
      quote: 'Shanghai Cancer Institute Xuhui Shanghai 200032 China',
      method: 'record',
      field: 'location.facility.address.country',
      confidence: 1.0}},
  {from: 'first-affiliated-hospital-of-wenzhou-medical-university', to: 'CN', props: {
      sources: ['ctgov:NCT03302403'],
      evidence: 'stated',
      quote: 'First Affiliated Hospital of Wenzhou Medical University Wenzhou Zhejiang 325000 China',
      method: 'record',
      field: 'location.facility.address.country',
      confidence: 1.0}},
  {from: 'ospedale-pediatrico-bambino-gesu', to: 'IT', props: {
      sources: ['seed:004'],
      evidence: 'stated',
      quote: 'IRCCS Ospedale Pediatrico Bambino Gesù Roma, 00165, Italy',
      confidence: 1.0}}
] AS row
OPTIONAL MATCH (a:Institution {id: row.from})
OPTIONAL MATCH (b:Country {code: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, [s IN coalesce(r.sources, []) WHERE NOT s IN row.props.sources] AS added
SET r += row.props, r.sources = row.props.sources + added;
