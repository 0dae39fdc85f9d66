package org.oncograph.ingest;

import static org.oncograph.ingest.TrialGraph.Part.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a {@link TrialRecord} into a {@link TrialGraph}: therapies resolved against the agent dictionary (INN,
 * brand and code names are one therapy), conditions against the disease dictionary (cancers apart from other
 * conditions), institutions and people to slug ids, countries to ISO codes, and TARGETS links from the dictionary or
 * from what the record's own words say. Pure: no database, so it is unit-testable and can run on many threads.
 */
public final class TrialMapper {

    private static final Set<String> THERAPY_TYPES = Set.of("DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT");
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\b(placebo|sham|saline|vehicle|dummy)\\b");
    private static final Pattern COMBINATION = Pattern.compile(
            "(?i)\\s*(?:\\+|＋|;|\\bplus\\b|\\bin\\s+combination\\s+with\\b|\\bcombined\\s+with\\b|\\bwith\\b|\\band\\b|&|,)\\s*");
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\s*\\b\\d+(?:\\.\\d+)?\\s*(?:mg|µg|ug|mcg|g|ml|iu|units?|mg/kg|mg/m2|mg/m²|cells(?:/kg)?)(?:/kg|/m2|/m²)?\\b.*$");
    private static final Pattern PRODUCT_LIKE = Pattern.compile(
            "(?i)CAR|T[-\\s]?cells?|TCR|\\bNK\\b|antibod|mab\\b|vaccin|bispecific|\\bADC\\b|conjugat|engager|cells?\\b"
                    + "|lymphocyte|\\b[A-Z]{2,}[-\\s]?\\d{2,}");
    private static final Set<String> GENERIC_WORDS = Set.of("car", "t", "cell", "cells", "nk", "til", "tils", "tcr",
            "autologous", "allogeneic", "infusion", "injection", "therapy", "treatment", "lymphocytes", "lymphocyte",
            "tumor", "tumour", "infiltrating", "modified", "engineered", "genetically", "chimeric", "antigen",
            "receptor", "redirected", "targeted", "targeting", "directed", "specific", "anti", "cart", "car-t",
            "product", "monoclonal", "antibody", "antibodies", "bispecific", "vaccine", "dc", "dendritic", "and", "with",
            "of", "the", "against", "in", "for", "human", "humanized", "expressing", "transduced", "gene", "cik",
            "immune", "killer", "natural", "induced", "activated", "effector", "cytotoxic", "drug", "biological",
            "i", "ii", "type", "second", "third", "generation", "fourth", "armored", "armoured", "secreting",
            "inhibitor", "blocker", "adc", "mab", "protein", "fusion", "a", "an", "cytokine", "memory", "stem",
            "like", "derived", "peripheral", "blood", "mononuclear", "pbmc", "regimen", "study", "experimental");
    private static final Pattern CANCER_WORDS = Pattern.compile("(?i)cancer|carcinom|tumou?r|neoplas|lymphoma|leuka?emia"
            + "|myeloma|sarcoma|melanoma|gliom|glioblastom|blastoma|malignan|metasta|oncolog|mesotheliom|\\bNSCLC\\b"
            + "|\\bSCLC\\b|\\bHCC\\b|myelodysplas|carcinoid|seminoma|germ cell|\\bGIST\\b|waldenstr|macroglobulinemia"
            + "|mycosis fungoides|s[eé]zary|\\bAML\\b|\\bALL\\b|\\bCLL\\b|\\bCML\\b|\\bMDS\\b|adenoma?carcinoma");
    private static final Pattern CONDITION_QUALIFIERS = Pattern.compile("(?i)\\b(advanced|metastatic|recurrent|relapsed"
            + "|refractory|unresectable|locally|newly diagnosed|stage\\s+[0-4IV]+[A-C]?|adult|pediatric|paediatric"
            + "|childhood|primary|secondary|resectable|early|late|progressive|persistent|untreated|previously treated"
            + "|and|or|/|r/r)\\b");
    private static final Pattern GENERIC_SITE = Pattern.compile("(?i)(investigational|investigative|research|clinical"
            + "|study|trial)\\s+site|local institution|^site\\b|\\bsite\\s*(?:#|no\\.?|number)?\\s*\\d+");
    private static final Pattern PARENS = Pattern.compile("[(\\[]([^)\\]]+)[)\\]]");
    private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:?\\s*(10\\.\\d{4,9}/[^\\s]+?)(?=[.;,]?(?:\\s|$))");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern PERSON_TITLES = Pattern.compile(
            "(?i)(,\\s*)?\\b(M\\.?D\\.?|Ph\\.?D\\.?|MSc|M\\.?Sc\\.?|MBBS|MPH|FRCP\\w*|Prof\\.?|Professor|Dr\\.?|MS|BS|RN"
                    + "|PharmD|DO|MBChB|FACP|FRACP|DrPH|MBA|BSc|MA|DPhil|Dr\\.?\\s*med\\.?)\\b\\.?");
    // Small patterns used on every record, compiled once rather than by String.replaceAll on each call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IN_PARENS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern TRAILING_DOI_PUNCTUATION = Pattern.compile("[.)]+$");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER_OR_CD = Pattern.compile("\\d+|cd\\d+\\w*");
    private static final Pattern EDGE_COMMAS = Pattern.compile("[,\\s]+$|^[,\\s]+");
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?i)director|monitor|clinical|trials?\\b|study|sponsor"
            + "|call\\b|contact|\\binc\\b|\\bltd\\b|medical|information|center|centre|hospital|department|team|desk");

    private final Dictionaries dictionaries;
    private final TargetLinker linker;

    public TrialMapper(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.linker = new TargetLinker(dictionaries);
    }

    public TrialGraph map(TrialRecord r) {
        TrialGraph g = new TrialGraph(r.nctId());
        g.add(SOURCE, g.sourceId(), row("id", g.sourceId(), "kind", "registry-record",
                "url", "https://clinicaltrials.gov/study/" + r.nctId(), "publisher", "ClinicalTrials.gov"));
        List<String> phases = r.phases().stream().map(p -> p.toUpperCase(Locale.ROOT)).distinct().toList();
        List<String> arms = r.arms().stream().map(a -> a.label() == null ? "" : a.label()).toList();
        List<String> armTypes = r.arms().stream().map(a -> a.type() == null ? "" : a.type()).toList();
        List<String> otherInterventions = new ArrayList<>();
        g.add(TRIAL, r.nctId(), row("title", r.briefTitle(), "officialTitle", r.officialTitle(), "phases", phases,
                "phase", highestPhase(phases), "status", r.status(), "startDate", r.startDate(),
                "completionDate", r.completionDate(), "enrollment", r.enrollment(), "studyType", r.studyType(),
                "minimumAge", r.minimumAge(), "maximumAge", r.maximumAge(),
                "stdAges", r.stdAges().isEmpty() ? AgeGroups.of(r.minimumAge(), r.maximumAge()) : r.stdAges(),
                "arms", arms, "armTypes", armTypes, "otherInterventions", otherInterventions,
                "sources", List.of(g.sourceId())));

        List<String> productTherapies = new ArrayList<>();
        for (int i = 0; i < r.interventions().size(); i++) {
            mapIntervention(r, i, g, otherInterventions, productTherapies);
        }
        addTitleAgents(r, g);
        linkTitleTargets(r, g, productTherapies);
        mapConditions(r, g);
        mapOrganisations(r, g);
        mapOfficials(r, g);
        mapReferences(r, g);
        String hash = g.hash();
        g.get(TRIAL, r.nctId()).put("hash", hash);
        return g;
    }

    // ---- interventions, therapies and targets

    private void mapIntervention(TrialRecord r, int index, TrialGraph g, List<String> otherInterventions,
                                 List<String> productTherapies) {
        TrialRecord.Intervention iv = r.interventions().get(index);
        String name = iv.name();
        if (name == null) {
            return;
        }
        String field = "interventions[" + index + "]";
        List<Resolved> therapies = resolve(r, iv, field);
        boolean therapyType = iv.type() == null || THERAPY_TYPES.contains(iv.type());
        if (therapies.stream().noneMatch(t -> t.agent() != null) && (!therapyType || PLACEBO.matcher(name).find())) {
            otherInterventions.add((iv.type() == null ? "" : iv.type() + ": ") + name);
            return;
        }
        String arm = armOf(r, iv);
        for (Resolved t : therapies) {
            if (t.agent() == null && PLACEBO.matcher(t.text()).find()) {
                continue;
            }
            String therapyId;
            if (t.agent() != null) {
                therapyId = addAgent(g, t);
            } else {
                String clean = t.text();
                therapyId = Slugs.slug(clean);
                if (therapyId.isEmpty()) {
                    continue;
                }
                if (isGeneric(clean)) {
                    therapyId = therapyId + "-" + r.nctId().toLowerCase(Locale.ROOT);
                }
                List<String> synonyms = therapies.size() == 1 ? iv.otherNames() : List.of();
                g.add(THERAPY, therapyId, row("id", therapyId, "name", clean, "synonyms", synonyms, "modality", null));
                if (!"comparator".equals(arm) && PRODUCT_LIKE.matcher(clean + " " + String.join(" ", iv.otherNames())).find()) {
                    productTherapies.add(therapyId);
                }
                linkTextTargets(r, iv, t, therapies.size() == 1, therapyId, field, g);
            }
            var tests = g.add(TESTS, therapyId, row("therapyId", therapyId, "arm", arm, "field", t.field(),
                    "quote", t.agent() == null ? name : t.text()));
            if ("experimental".equals(arm) && !"experimental".equals(tests.get("arm"))) {
                tests.put("arm", arm);
            }
        }
    }

    private String addAgent(TrialGraph g, Resolved t) {
        String therapyId = agentId(t.agent());
        g.add(THERAPY, therapyId, row("id", therapyId, "name", t.agent().name(),
                "synonyms", t.agent().synonyms(), "modality", t.agent().modality()));
        for (String symbol : t.agent().targets()) {
            addAntigen(g, symbol);
            g.add(TARGETS, therapyId + ">" + symbol, row("therapyId", therapyId, "symbol", symbol,
                    "method", "dictionary", "evidence", "curated", "quote", t.text(), "field", t.field(),
                    "confidence", 0.95, "reference", t.agent().source()));
        }
        return therapyId;
    }

    /** Agents the titles name as the trial's treatment (observational studies often list no intervention). */
    private void addTitleAgents(TrialRecord r, TrialGraph g) {
        String[][] titles = {{r.briefTitle(), "briefTitle"}, {r.officialTitle(), "officialTitle"}};
        for (String[] title : titles) {
            for (Dictionaries.AgentMention m : dictionaries.agentMentions(title[0])) {
                if (isPrior(title[0], m.start(), m.end())) {
                    continue;
                }
                String therapyId = addAgent(g, new Resolved(m.agent(), m.text(), title[1]));
                g.add(TESTS, therapyId, row("therapyId", therapyId, "arm", "experimental", "field", title[1],
                        "quote", m.text()));
            }
        }
    }

    /** An intervention's therapies: one dictionary agent, or its combination parts each resolved or kept as text. */
    private record Resolved(Dictionaries.Agent agent, String text, String field) {
    }

    private List<Resolved> resolve(TrialRecord r, TrialRecord.Intervention iv, String field) {
        String name = iv.name().strip();
        Dictionaries.Agent whole = dictionaries.agentNamed(name);
        if (whole == null) {
            String withoutParens = IN_PARENS.matcher(name).replaceAll(" ").strip();
            whole = withoutParens.isEmpty() ? null : dictionaries.agentNamed(withoutParens);
        }
        List<Resolved> result = new ArrayList<>();
        if (whole != null) {
            result.add(new Resolved(whole, name, field + ".name"));
        } else {
            for (String part : COMBINATION.split(name)) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                Dictionaries.Agent agent = agentFor(p);
                if (agent != null) {
                    add(result, new Resolved(agent, p, field + ".name"));
                    continue;
                }
                List<Dictionaries.Agent> inside = agentsStated(p);
                if (!inside.isEmpty()) {
                    inside.forEach(a -> add(result, new Resolved(a, p, field + ".name")));
                    continue;
                }
                String clean = DOSE.matcher(p).replaceAll("").strip();
                if (!clean.isEmpty()) {
                    add(result, new Resolved(null, clean, field + ".name"));
                }
            }
        }
        // Other names are often the product's code or brand (one therapy), and sometimes the drugs given with it.
        for (String other : iv.otherNames()) {
            Dictionaries.Agent agent = agentFor(other);
            List<Dictionaries.Agent> agents = agent != null ? List.of(agent) : agentsStated(other);
            for (Dictionaries.Agent a : agents) {
                Resolved resolved = new Resolved(a, other, field + ".otherNames");
                if (result.size() == 1 && result.get(0).agent() == null) {
                    result.set(0, resolved);
                } else {
                    add(result, resolved);
                }
            }
        }
        // Agents the intervention's description and arms say are given (not prior or background therapy).
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {iv.description(), field + ".description"});
        for (TrialRecord.Arm arm : armsOf(r, iv)) {
            texts.add(new String[] {arm.label(), "armGroups[" + arm.label() + "].label"});
            texts.add(new String[] {arm.description(), "armGroups[" + arm.label() + "].description"});
        }
        for (String[] text : texts) {
            for (Dictionaries.AgentMention m : dictionaries.agentMentions(text[0])) {
                if (!isPrior(text[0], m.start(), m.end())) {
                    add(result, new Resolved(m.agent(), m.text(), text[1]));
                }
            }
        }
        return result;
    }

    private static final Pattern PRIOR_BEFORE = Pattern.compile("(?i)\\b(?:prior|previous(?:ly)?|after|following|failed"
            + "|failure\\s+(?:of|on|to)|progress(?:ed|ion)?\\s+(?:on|after|with)|refractory\\s+to|resistant\\s+to"
            + "|intoleran\\w*\\s+(?:to|of)|naive\\s+to|exposed\\s+to|pretreated\\s+with|history\\s+of|except|excluding"
            + "|such\\s+as)(?:\\s+[\\w/-]+){0,3}[\\s(]*$");
    private static final Pattern PRIOR_AFTER = Pattern.compile("(?i)^\\s*[-–]?\\s*(?:resistant|refractory|pretreated"
            + "|pre-treated|experienced|naive|naïve|failure|failed|exposed|intoleran)");

    /** An agent named as prior, failed or background therapy ("after adjuvant trastuzumab", "trastuzumab-resistant"). */
    private static boolean isPrior(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return PRIOR_BEFORE.matcher(before).find() || PRIOR_AFTER.matcher(after).find();
    }

    /** Agents named in a text, except those named as prior or background therapy. */
    private List<Dictionaries.Agent> agentsStated(String text) {
        List<Dictionaries.Agent> found = new ArrayList<>();
        for (Dictionaries.AgentMention m : dictionaries.agentMentions(text)) {
            if (!isPrior(text, m.start(), m.end()) && !found.contains(m.agent())) {
                found.add(m.agent());
            }
        }
        return found;
    }

    private static void add(List<Resolved> list, Resolved r) {
        if (list.stream().noneMatch(x -> x.agent() != null && x.agent().equals(r.agent())
                || x.agent() == null && r.agent() == null && x.text().equalsIgnoreCase(r.text()))) {
            list.add(r);
        }
    }

    private Dictionaries.Agent agentFor(String name) {
        Dictionaries.Agent agent = dictionaries.agentNamed(name);
        if (agent != null) {
            return agent;
        }
        String withoutParens = IN_PARENS.matcher(name).replaceAll(" ").strip();
        if (!withoutParens.equals(name) && !withoutParens.isEmpty()) {
            agent = dictionaries.agentNamed(withoutParens);
            if (agent != null) {
                return agent;
            }
        }
        Matcher parens = PARENS.matcher(name);
        while (parens.find()) {
            agent = dictionaries.agentNamed(parens.group(1));
            if (agent != null) {
                return agent;
            }
        }
        String noDose = DOSE.matcher(withoutParens).replaceAll("").strip();
        return noDose.equals(withoutParens) || noDose.isEmpty() ? null : dictionaries.agentNamed(noDose);
    }

    static String agentId(Dictionaries.Agent agent) {
        return agent.id();
    }

    private void linkTextTargets(TrialRecord r, TrialRecord.Intervention iv, Resolved t, boolean sole,
                                 String therapyId, String field, TrialGraph g) {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {t.text(), field + ".name"});
        if (sole) {
            iv.otherNames().forEach(o -> texts.add(new String[] {o, field + ".otherNames"}));
            texts.add(new String[] {iv.description(), field + ".description"});
            for (TrialRecord.Arm arm : armsOf(r, iv)) {
                if (r.interventions().stream().filter(x -> armsOf(r, x).contains(arm)).count() == 1) {
                    texts.add(new String[] {arm.label(), "armGroups[" + arm.label() + "].label"});
                    texts.add(new String[] {arm.description(), "armGroups[" + arm.label() + "].description"});
                }
            }
        }
        for (String[] text : texts) {
            for (TargetLinker.Found found : linker.targetsIn(text[0])) {
                String symbol = found.antigen().symbol();
                addAntigen(g, symbol);
                double confidence = text[1].endsWith(".name") ? 0.9 : 0.85;
                g.add(TARGETS, therapyId + ">" + symbol, row("therapyId", therapyId, "symbol", symbol,
                        "method", "text", "evidence", "stated", "quote", found.quote(), "field", text[1],
                        "confidence", confidence, "reference", null));
            }
        }
    }

    /** Targets stated in the titles go to the trial's experimental products that no other field gave a target. */
    private void linkTitleTargets(TrialRecord r, TrialGraph g, List<String> productTherapies) {
        List<String> untargeted = productTherapies.stream().distinct()
                .filter(id -> g.rows(TARGETS).stream().noneMatch(t -> id.equals(t.get("therapyId"))))
                .toList();
        if (untargeted.isEmpty()) {
            return;
        }
        String[][] titles = {{r.briefTitle(), "briefTitle"}, {r.officialTitle(), "officialTitle"}};
        for (String[] title : titles) {
            for (TargetLinker.Found found : linker.targetsIn(title[0])) {
                String symbol = found.antigen().symbol();
                addAntigen(g, symbol);
                for (String therapyId : untargeted) {
                    g.add(TARGETS, therapyId + ">" + symbol, row("therapyId", therapyId, "symbol", symbol,
                            "method", "text", "evidence", "stated", "quote", found.quote(), "field", title[1],
                            "confidence", 0.8, "reference", null));
                }
            }
        }
    }

    private void addAntigen(TrialGraph g, String symbol) {
        Dictionaries.Antigen a = dictionaries.antigen(symbol);
        boolean confirmed = a != null && a.hgncId() != null && !"unverified".equalsIgnoreCase(a.confidence());
        g.add(ANTIGEN, symbol, row("symbol", symbol, "name", a == null ? null : a.name(),
                "hgncId", confirmed ? a.hgncId() : null, "synonyms", a == null ? List.of() : a.synonyms()));
    }

    private static boolean isGeneric(String name) {
        for (String word : NON_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word) && !NUMBER_OR_CD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<TrialRecord.Arm> armsOf(TrialRecord r, TrialRecord.Intervention iv) {
        List<TrialRecord.Arm> result = new ArrayList<>();
        for (TrialRecord.Arm arm : r.arms()) {
            boolean byLabel = arm.label() != null && iv.armLabels().contains(arm.label());
            boolean byName = arm.interventionNames().stream()
                    .anyMatch(n -> n.equalsIgnoreCase(iv.name()) || n.endsWith(": " + iv.name()));
            if (byLabel || byName) {
                result.add(arm);
            }
        }
        return result;
    }

    /** {@code experimental} if any arm giving the intervention is experimental, {@code comparator} if all compare. */
    static String armOf(TrialRecord r, TrialRecord.Intervention iv) {
        List<TrialRecord.Arm> arms = armsOf(r, iv);
        if (arms.isEmpty()) {
            return r.arms().isEmpty() || r.arms().stream().allMatch(a -> "EXPERIMENTAL".equals(a.type()))
                    ? "experimental" : "other";
        }
        if (arms.stream().anyMatch(a -> "EXPERIMENTAL".equals(a.type()))) {
            return "experimental";
        }
        if (arms.stream().allMatch(a -> a.type() != null && a.type().endsWith("COMPARATOR"))) {
            return "comparator";
        }
        return "other";
    }

    static String highestPhase(List<String> phases) {
        String[] order = {"PHASE4", "PHASE3", "PHASE2", "PHASE1", "EARLY_PHASE1", "NA"};
        for (String p : order) {
            if (phases.contains(p)) {
                return p;
            }
        }
        return null;
    }

    // ---- conditions

    private void mapConditions(TrialRecord r, TrialGraph g) {
        for (int i = 0; i < r.conditions().size(); i++) {
            String condition = r.conditions().get(i);
            String field = "conditions[" + i + "]";
            Dictionaries.Disease d = dictionaries.diseaseNamed(condition);
            String method = "dictionary";
            if (d == null) {
                String stripped = SPACES.matcher(CONDITION_QUALIFIERS.matcher(condition).replaceAll(" ")).replaceAll(" ")
                        .strip();
                d = dictionaries.diseaseNamed(stripped);
            }
            if (d == null) {
                d = dictionaries.diseaseWithin(condition);
            }
            boolean cancer;
            String id;
            Map<String, Object> node;
            if (d != null) {
                cancer = d.cancer();
                id = d.id();
                node = row("id", id, "name", d.name(), "synonyms", d.synonyms(),
                        "mondoId", id.startsWith("MONDO:") ? id : null, "ncitId", id.startsWith("NCIT:") ? id : null);
            } else {
                method = "record";
                cancer = CANCER_WORDS.matcher(condition).find();
                id = (cancer ? "oncograph:" : "condition:") + Slugs.slug(condition);
                node = row("id", id, "name", condition, "synonyms", List.of(), "mondoId", null, "ncitId", null);
            }
            if (id.endsWith(":")) {
                continue;
            }
            g.add(cancer ? CANCER : CONDITION, id, node);
            g.add(cancer ? STUDIES_CANCER : STUDIES_CONDITION, id, row("toId", id, "quote", condition,
                    "field", field, "method", method));
        }
    }

    // ---- sponsors, sites, countries

    private void mapOrganisations(TrialRecord r, TrialGraph g) {
        if (r.leadSponsor() != null && r.leadSponsor().name() != null) {
            String id = institution(g, r.leadSponsor().name(), null, null, r.leadSponsor().agencyClass());
            g.add(SPONSORED_BY, id + ":lead", row("toId", id, "role", "lead", "quote", r.leadSponsor().name(),
                    "field", "leadSponsor"));
        }
        for (TrialRecord.Organisation c : r.collaborators()) {
            if (c.name() != null) {
                String id = institution(g, c.name(), null, null, c.agencyClass());
                if (g.get(SPONSORED_BY, id + ":lead") == null) {
                    g.add(SPONSORED_BY, id + ":collaborator", row("toId", id, "role", "collaborator",
                            "quote", c.name(), "field", "collaborators"));
                }
            }
        }
        for (int i = 0; i < r.sites().size(); i++) {
            TrialRecord.Site s = r.sites().get(i);
            if (s.facility() == null) {
                continue;
            }
            String country = Countries.code(s.country());
            String id = institution(g, s.facility(), s.city(), country, null);
            g.add(CONDUCTED_AT, id, row("toId", id, "quote", s.facility(), "field", "locations[" + i + "]"));
            if (country != null) {
                g.add(COUNTRY, country, row("code", country, "name", Countries.name(country)));
                g.add(LOCATED_IN, id, row("fromId", id, "code", country));
            }
        }
    }

    private String institution(TrialGraph g, String name, String city, String country, String agencyClass) {
        String clean = TRAILING_PUNCTUATION.matcher(SPACES.matcher(name.strip()).replaceAll(" ")).replaceAll("");
        String id = institutionId(clean, city, country);
        var existing = g.get(INSTITUTION, id);
        if (existing == null) {
            g.add(INSTITUTION, id, row("id", id, "name", clean, "city", city, "country", country,
                    "kind", kind(agencyClass)));
        } else {
            if (existing.get("city") == null) {
                existing.put("city", city);
            }
            if (existing.get("country") == null) {
                existing.put("country", country);
            }
        }
        return id;
    }

    // Applied in this order to the lower-cased name; compiled once (institutionId runs for every sponsor, site and
    // affiliation of every record, and String.replaceAll would compile each pattern on every call).
    private static final Pattern[] INSTITUTION_WORDS = {
        Pattern.compile("^the\\s+"),
        Pattern.compile("\\buniv\\.?(?=\\s|$)"),
        Pattern.compile("\\bhosp\\.?(?=\\s|$)"),
        Pattern.compile("\\bctr\\.?(?=\\s|$)"),
        Pattern.compile("\\bcentre\\b"),
        Pattern.compile("\\bst\\.\\s"),
        Pattern.compile("\\binc\\.?$|\\bltd\\.?$|\\bllc\\.?$|\\bco\\.?,?\\s*ltd\\.?$|\\bcorp(oration)?\\.?$|\\bgmbh$"),
        Pattern.compile("[,.\\s]+$")};
    private static final String[] INSTITUTION_REPLACEMENTS = {"", "university", "hospital", "center", "center",
        "saint ", "", ""};
    /**
     * Text every match of INSTITUTION_WORDS[i] contains (null: see institutionWordMayMatch). Most names contain none,
     * and looking for a literal is much cheaper than running the pattern over every sponsor, site and affiliation.
     */
    private static final String[] INSTITUTION_LITERALS = {"the", "univ", "hosp", "ctr", "centre", "st.", null, null};

    /** A slug of the normalised name; generic site names ("GSK Investigational Site") also get city and country. */
    static String institutionId(String name, String city, String country) {
        String lowerCased = name.toLowerCase(Locale.ROOT);
        String n = lowerCased;
        for (int i = 0; i < INSTITUTION_WORDS.length; i++) {
            if (institutionWordMayMatch(i, n)) {
                n = INSTITUTION_WORDS[i].matcher(n).replaceAll(INSTITUTION_REPLACEMENTS[i]);
            }
        }
        String id = Slugs.slug(n);
        if (id.length() < 4 || mayBeGenericSite(lowerCased) && GENERIC_SITE.matcher(name).find()) {
            String place = Slugs.slug((city == null ? "" : city) + " " + (country == null ? "" : country));
            id = place.isEmpty() ? id : id + "-" + place;
        }
        return id;
    }

    /**
     * False only when GENERIC_SITE cannot match the name: every match contains "site" or "local institution" in
     * any case (ASCII only, as (?i) matches), so the lower-cased name does. Most names have neither, and the pattern
     * was tried at every position of every sponsor, site and affiliation.
     */
    private static boolean mayBeGenericSite(String lowerCased) {
        return lowerCased.contains("site") || lowerCased.contains("local institution");
    }

    /** False only when INSTITUTION_WORDS[i] cannot match {@code n}, which lacks text every match contains. */
    private static boolean institutionWordMayMatch(int i, String n) {
        if (INSTITUTION_LITERALS[i] != null) {
            return n.contains(INSTITUTION_LITERALS[i]);
        }
        if (i == 6) {
            return n.contains("inc") || n.contains("ltd") || n.contains("llc") || n.contains("corp")
                    || n.contains("gmbh");
        }
        // The last pattern, [,.\s]+$: the name ends with a comma, a full stop or white space.
        return !n.isEmpty() && ",. \t\n\u000B\f\r".indexOf(n.charAt(n.length() - 1)) >= 0;
    }

    private static String kind(String agencyClass) {
        if (agencyClass == null) {
            return null;
        }
        return switch (agencyClass) {
            case "INDUSTRY" -> "company";
            case "NIH", "FED", "OTHER_GOV", "U_S_FED" -> "agency";
            case "NETWORK" -> "network";
            default -> null;
        };
    }

    // ---- people and publications

    private void mapOfficials(TrialRecord r, TrialGraph g) {
        for (int i = 0; i < r.officials().size(); i++) {
            TrialRecord.Official o = r.officials().get(i);
            if (o.name() == null || NOT_A_PERSON.matcher(o.name()).find()) {
                continue;
            }
            String name = SPACES.matcher(EDGE_COMMAS.matcher(PERSON_TITLES.matcher(o.name()).replaceAll(""))
                    .replaceAll("")).replaceAll(" ").strip();
            String id = Slugs.slug(name);
            if (id.isEmpty() || !name.contains(" ")) {
                continue;
            }
            g.add(PERSON, id, row("id", id, "name", name));
            g.add(OFFICIAL_OF, id, row("personId", id, "role", o.role(), "quote", o.name(),
                    "field", "overallOfficials[" + i + "]"));
            if (o.affiliation() != null) {
                String institutionId = institution(g, o.affiliation(), null, null, null);
                g.add(AFFILIATED_WITH, id + ">" + institutionId, row("personId", id, "toId", institutionId,
                        "quote", o.affiliation()));
            }
        }
    }

    private void mapReferences(TrialRecord r, TrialGraph g) {
        for (int i = 0; i < r.references().size(); i++) {
            TrialRecord.Reference ref = r.references().get(i);
            String citation = ref.citation();
            String doi = null;
            if (citation != null) {
                Matcher m = DOI.matcher(citation);
                if (m.find()) {
                    doi = TRAILING_DOI_PUNCTUATION.matcher(m.group(1)).replaceAll("").toLowerCase(Locale.ROOT);
                }
            }
            String pmid = ref.pmid() == null ? null : NON_DIGITS.matcher(ref.pmid()).replaceAll("");
            if (pmid != null && pmid.isEmpty()) {
                pmid = null;
            }
            String id = doi != null ? "doi:" + doi : pmid != null ? "pmid:" + pmid : null;
            if (id == null) {
                continue;
            }
            Integer year = null;
            if (citation != null) {
                Matcher y = YEAR.matcher(citation);
                if (y.find()) {
                    year = Integer.valueOf(y.group(1));
                }
            }
            g.add(PUBLICATION, id, row("id", id, "doi", doi, "pmid", pmid, "citation", citation, "year", year));
            boolean reports = "RESULT".equals(ref.type()) || "DERIVED".equals(ref.type());
            g.add(reports ? REPORTS : CITES, id, row("publicationId", id, "type", ref.type(),
                    "field", "references[" + i + "]"));
        }
    }

    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
