package org.oncograph.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic, ClinicalTrials.gov-shaped registry of synthetic studies. Nothing is held in memory but the
 * Zipf tables: trial {@code i} and entity {@code j} are computed from {@code (seed, i)} on demand, so 500,000 trials
 * stream in constant memory and any sample can be regenerated exactly.
 *
 * <p>Shape (per 500,000 trials): ~31,000 therapies, 3,000 antigens, 3,000 cancers, 100,000 institutions, 200,000
 * people, ~250,000 publications. Popularity is Zipf-distributed, so a few entities are hubs: the antigens CD19 and
 * PDCD1 (PD-1) are targeted by thousands of therapies tested in tens of thousands of trials, and big cancer centres
 * host tens of thousands of sites.
 */
final class SyntheticRegistry {

    /** Pool sizes for a number of trials; the ratios stay the same at every scale. */
    record Shape(int trials, int therapies, int antigens, int cancers, int institutions, int people) {
        static Shape of(int trials) {
            return new Shape(trials, Math.max(200, trials / 16), Math.max(300, trials / 166),
                    Math.max(300, trials / 166), Math.max(1_000, trials / 5), Math.max(1_000, trials * 3 / 5));
        }
    }

    record Antigen(String symbol, String name) {
    }

    record Therapy(String id, String name, String code, String modality, String interventionType,
                   List<Integer> targets, String description) {
    }

    record Cancer(String id, String name) {
    }

    record Institution(String id, String name, String city, String country, String agencyClass) {
    }

    record Person(String name, int affiliation) {
    }

    /** One study; entities are referenced by their index in the registry. */
    record Trial(String nctId, String briefTitle, String officialTitle, String summary, List<String> phases,
                 String status, String startDate, String completionDate, int enrollment, String studyType,
                 List<Integer> therapies, int comparators, List<Integer> cancers, int leadSponsor,
                 List<Integer> collaborators, List<Integer> sites, List<Integer> officials, List<String> pmids) {
    }

    /** Real antigen symbols first, so the hubs are the real ones (rank 0 is CD19, rank 1 is PD-1). */
    static final String[][] KNOWN_ANTIGENS = {
            {"CD19", "CD19 molecule"}, {"PDCD1", "programmed cell death 1"}, {"ERBB2", "erb-b2 receptor tyrosine kinase 2"},
            {"CD274", "CD274 molecule (PD-L1)"}, {"TNFRSF17", "TNF receptor superfamily member 17 (BCMA)"},
            {"MS4A1", "membrane spanning 4-domains A1 (CD20)"}, {"CTLA4", "cytotoxic T-lymphocyte associated protein 4"},
            {"EGFR", "epidermal growth factor receptor"}, {"CD22", "CD22 molecule"}, {"MSLN", "mesothelin"},
            {"GPC3", "glypican 3"}, {"EPCAM", "epithelial cell adhesion molecule"}, {"CLDN18", "claudin 18"},
            {"CD33", "CD33 molecule"}, {"CD38", "CD38 molecule"}, {"LAG3", "lymphocyte activating 3"},
            {"TACSTD2", "tumor associated calcium signal transducer 2 (TROP2)"}, {"CD276", "CD276 molecule (B7-H3)"},
            {"MUC1", "mucin 1"}, {"CEACAM5", "CEA cell adhesion molecule 5"}, {"FOLH1", "folate hydrolase 1 (PSMA)"},
            {"HAVCR2", "hepatitis A virus cellular receptor 2 (TIM-3)"}, {"TIGIT", "T cell immunoreceptor with Ig and ITIM domains"},
            {"IL3RA", "interleukin 3 receptor subunit alpha (CD123)"}, {"SLAMF7", "SLAM family member 7"},
            {"GPRC5D", "G protein-coupled receptor class C group 5 member D"}, {"DLL3", "delta like canonical Notch ligand 3"},
            {"NECTIN4", "nectin cell adhesion molecule 4"}, {"ROR1", "receptor tyrosine kinase like orphan receptor 1"},
            {"CD70", "CD70 molecule"}, {"FOLR1", "folate receptor alpha"}, {"KLRK1", "killer cell lectin like receptor K1 (NKG2D)"},
            {"CD47", "CD47 molecule"}, {"MET", "MET proto-oncogene"}, {"VEGFA", "vascular endothelial growth factor A"},
            {"TNFRSF9", "TNF receptor superfamily member 9 (4-1BB)"}, {"TNFRSF4", "TNF receptor superfamily member 4 (OX40)"},
            {"CD40", "CD40 molecule"}, {"CTAG1B", "cancer/testis antigen 1B (NY-ESO-1)"}, {"MAGEA4", "MAGE family member A4"},
            {"PRAME", "PRAME nuclear receptor transcriptional regulator"}, {"WT1", "WT1 transcription factor"},
            {"AFP", "alpha fetoprotein"}, {"L1CAM", "L1 cell adhesion molecule"}, {"IL13RA2", "interleukin 13 receptor subunit alpha 2"},
            {"CD7", "CD7 molecule"}, {"CD5", "CD5 molecule"}, {"TNFRSF8", "TNF receptor superfamily member 8 (CD30)"},
            {"FCRL5", "Fc receptor like 5"}, {"PTK7", "protein tyrosine kinase 7"}};

    static final String[] KNOWN_CANCERS = {"Diffuse Large B-Cell Lymphoma", "Non-Small Cell Lung Cancer",
            "Breast Cancer", "Acute Lymphoblastic Leukemia", "Multiple Myeloma", "Melanoma", "Hepatocellular Carcinoma",
            "Colorectal Cancer", "Gastric Cancer", "Prostate Cancer", "Ovarian Cancer", "Pancreatic Cancer",
            "Glioblastoma", "Osteosarcoma", "Neuroblastoma", "Acute Myeloid Leukemia", "Chronic Lymphocytic Leukemia",
            "Follicular Lymphoma", "Mantle Cell Lymphoma", "Renal Cell Carcinoma", "Bladder Cancer",
            "Head and Neck Squamous Cell Carcinoma", "Cervical Cancer", "Endometrial Cancer", "Mesothelioma",
            "Ewing Sarcoma", "Rhabdomyosarcoma", "Esophageal Cancer", "Cholangiocarcinoma", "Small Cell Lung Cancer"};

    private static final String[] MODALITIES = {"car-t", "monoclonal-antibody", "checkpoint-inhibitor",
            "antibody-drug-conjugate", "bispecific-antibody", "tcr-t", "til", "cancer-vaccine", "cytokine", "car-nk"};
    private static final double[] MODALITY_WEIGHTS = {0.30, 0.14, 0.14, 0.08, 0.08, 0.05, 0.03, 0.09, 0.05, 0.04};
    private static final String[] SYLLABLES = {"ra", "ve", "lo", "ti", "mu", "sa", "do", "ne", "ki", "pa", "zo", "bu",
            "fe", "gi", "ho", "ly"};
    private static final String[] CITY_PARTS = {"North", "South", "East", "West", "New", "Old", "Lake", "River",
            "Stone", "Green", "Ash", "Elm", "Oak", "Bright", "Fair", "Glen"};
    private static final String[] CITY_ENDS = {"field", "ton", "burg", "haven", "ford", "port", "dale", "mouth",
            "wick", "stead", "bridge", "moor"};
    private static final String[] INSTITUTION_KINDS = {"University Hospital", "Cancer Center", "Medical Center",
            "Institute of Oncology", "Children's Hospital", "Clinical Research Unit", "Pharmaceuticals", "Biotherapeutics"};
    private static final String[] COUNTRIES = {"US", "CN", "FR", "DE", "GB", "IT", "ES", "JP", "CA", "KR", "AU", "NL",
            "BE", "PL", "IL", "BR", "CH", "SE", "DK", "TW", "AT", "RU", "IN", "MX", "AR", "CZ", "HU", "NO", "FI", "IE"};
    private static final Zipf COUNTRY_POPULARITY = new Zipf(COUNTRIES.length, 1.3);
    private static final String[] FIRST = {"Anna", "Wei", "Maria", "John", "Li", "Giulia", "Carlos", "Sarah", "Hiroshi",
            "Fatima", "David", "Elena", "Kenji", "Laura", "Ahmed", "Sofia", "Michael", "Yuki", "Pierre", "Ingrid"};
    private static final String[] LAST = {"Smith", "Wang", "Rossi", "Garcia", "Zhang", "Müller", "Martin", "Kim",
            "Tanaka", "Cohen", "Nowak", "Silva", "Jensen", "Dubois", "Liu", "Novak", "Brown", "Sato", "Ferrari", "Chen"};
    private static final String[] PHASES = {"EARLY_PHASE1", "PHASE1", "PHASE1|PHASE2", "PHASE2", "PHASE2|PHASE3",
            "PHASE3", "PHASE4", "NA"};
    private static final double[] PHASE_WEIGHTS = {0.03, 0.27, 0.12, 0.33, 0.03, 0.14, 0.04, 0.04};
    private static final String[] STATUSES = {"COMPLETED", "RECRUITING", "ACTIVE_NOT_RECRUITING", "TERMINATED",
            "NOT_YET_RECRUITING", "WITHDRAWN", "UNKNOWN", "ENROLLING_BY_INVITATION", "SUSPENDED"};
    private static final double[] STATUS_WEIGHTS = {0.38, 0.2, 0.1, 0.1, 0.06, 0.04, 0.09, 0.02, 0.01};

    private final Shape shape;
    private final long seed;
    private final Zipf therapyPopularity;
    private final Zipf antigenPopularity;
    private final Zipf cancerPopularity;
    private final Zipf sponsorPopularity;
    private final Zipf sitePopularity;
    private final Zipf peoplePopularity;

    SyntheticRegistry(Shape shape, long seed) {
        this.shape = shape;
        this.seed = seed;
        this.therapyPopularity = new Zipf(shape.therapies(), 0.8);
        this.antigenPopularity = new Zipf(shape.antigens(), 0.95);
        this.cancerPopularity = new Zipf(shape.cancers(), 1.0);
        this.sponsorPopularity = new Zipf(shape.institutions(), 1.0);
        this.sitePopularity = new Zipf(shape.institutions(), 0.8);
        this.peoplePopularity = new Zipf(shape.people(), 0.5);
    }

    Shape shape() {
        return shape;
    }

    long seed() {
        return seed;
    }

    private SplittableRandom random(long kind, long index) {
        // A fixed mix of (seed, kind, index): each entity has its own stream, independent of generation order.
        long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    Antigen antigen(int rank) {
        if (rank < KNOWN_ANTIGENS.length) {
            return new Antigen(KNOWN_ANTIGENS[rank][0], KNOWN_ANTIGENS[rank][1]);
        }
        return new Antigen("SYNAG" + rank, "synthetic antigen " + rank);
    }

    Cancer cancer(int rank) {
        String name = rank < KNOWN_CANCERS.length ? KNOWN_CANCERS[rank] : "Synthetic Neoplasm " + rank;
        return new Cancer("NCIT:C9" + String.format(Locale.ROOT, "%07d", rank), name);
    }

    Therapy therapy(int index) {
        SplittableRandom r = random(1, index);
        String modality = MODALITIES[pick(r, MODALITY_WEIGHTS)];
        List<Integer> targets = new ArrayList<>(2);
        if (!modality.equals("til") && !modality.equals("cytokine")) {
            targets.add(antigenPopularity.sample(r));
            if (r.nextDouble() < (modality.equals("bispecific-antibody") ? 0.9 : 0.1)) {
                int second = antigenPopularity.sample(r);
                if (second != targets.get(0)) {
                    targets.add(second);
                }
            }
        }
        String code = "OG-" + index;
        String symbol = targets.isEmpty() ? "" : antigen(targets.get(0)).symbol();
        String stem = stem(index);
        String name = switch (modality) {
            case "car-t" -> "anti-" + symbol + " CAR T cells " + code;
            case "car-nk" -> "anti-" + symbol + " CAR-NK cells " + code;
            case "tcr-t" -> symbol + "-specific TCR-T cells " + code;
            case "til" -> "tumor-infiltrating lymphocytes " + code;
            case "cancer-vaccine" -> symbol + " peptide vaccine " + code;
            case "cytokine" -> stem + "kin";
            case "antibody-drug-conjugate" -> stem + "tuzumab vedotin";
            case "bispecific-antibody" -> stem + "tamab";
            default -> stem + "limab";
        };
        String type = switch (modality) {
            case "car-t", "car-nk", "tcr-t", "til" -> "BIOLOGICAL";
            case "cancer-vaccine" -> "BIOLOGICAL";
            default -> "DRUG";
        };
        String description = targets.isEmpty() ? "An immunotherapy given intravenously."
                : "A " + modality.replace('-', ' ') + " directed against " + symbol + ".";
        return new Therapy(slug(name), name, code, modality, type, List.copyOf(targets), description);
    }

    Institution institution(int index) {
        SplittableRandom r = random(2, index);
        String city = CITY_PARTS[r.nextInt(CITY_PARTS.length)] + CITY_ENDS[r.nextInt(CITY_ENDS.length)];
        String kind = INSTITUTION_KINDS[r.nextInt(INSTITUTION_KINDS.length)];
        String name = city + " " + kind + " " + index;
        String agency = kind.equals("Pharmaceuticals") || kind.equals("Biotherapeutics") ? "INDUSTRY" : "OTHER";
        return new Institution(slug(name), name, city, COUNTRIES[COUNTRY_POPULARITY.sample(r)], agency);
    }

    Person person(int index) {
        SplittableRandom r = random(3, index);
        return new Person(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + index,
                sitePopularity.sample(r));
    }

    Trial trial(int index) {
        SplittableRandom r = random(4, index);
        String nctId = "NCT" + (90_000_000 + index);
        List<Integer> therapies = distinct(r, therapyPopularity, 1 + geometric(r, 0.45, 5));
        int comparators = therapies.size() > 1 && r.nextDouble() < 0.25 ? 1 : 0;
        List<Integer> cancers = distinct(r, cancerPopularity, 1 + geometric(r, 0.35, 6));
        int lead = sponsorPopularity.sample(r);
        List<Integer> collaborators = distinct(r, sponsorPopularity, geometric(r, 0.3, 4));
        collaborators.remove(Integer.valueOf(lead));
        List<Integer> sites = distinct(r, sitePopularity, 1 + geometric(r, 0.6, 40));
        List<Integer> officials = distinct(r, peoplePopularity, r.nextDouble() < 0.8 ? 1 : 0);
        List<String> pmids = new ArrayList<>(2);
        int references = geometric(r, 0.35, 3);
        for (int k = 0; k < references; k++) {
            pmids.add(Integer.toString(20_000_000 + index * 4 + k));
        }
        String phase = PHASES[pick(r, PHASE_WEIGHTS)];
        List<String> phases = phase.equals("NA") ? List.of() : List.of(phase.split("\\|"));
        int startYear = 1999 + r.nextInt(27);
        String start = startYear + "-" + month(r);
        String completion = (startYear + 1 + r.nextInt(6)) + "-" + month(r);
        String therapyNames = therapy(therapies.get(0)).name();
        String cancerName = cancer(cancers.get(0)).name();
        String phaseText = phases.isEmpty() ? "" : "Phase " + phases.get(phases.size() - 1).replace("PHASE", "") + " ";
        String brief = "A " + phaseText + "Study of " + therapyNames + " in " + cancerName;
        String official = brief + ": a Multicentre, Open-label Trial of Safety and Efficacy (" + nctId + ")";
        String summary = "This study evaluates " + therapyNames + " in patients with " + cancerName + ".";
        int enrollment = (int) Math.min(5_000, Math.round(Math.exp(2.5 + r.nextDouble() * 4)));
        return new Trial(nctId, brief, official, summary, phases, STATUSES[pick(r, STATUS_WEIGHTS)], start, completion,
                enrollment, "INTERVENTIONAL", therapies, comparators, cancers, lead, collaborators, sites, officials,
                pmids);
    }

    /** Trials {@code from} (inclusive) to {@code to} (exclusive), generated one at a time as they are read. */
    Iterator<Trial> trials(int from, int to) {
        return new Iterator<>() {
            int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Trial next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return trial(next++);
            }
        };
    }

    /** The share of therapies targeting antigen {@code rank}: how big a hub it is. */
    double antigenShare(int rank) {
        return antigenPopularity.share(rank);
    }

    private static String month(SplittableRandom r) {
        int month = 1 + r.nextInt(12);
        return month < 10 ? "0" + month : Integer.toString(month);
    }

    private static List<Integer> distinct(SplittableRandom r, Zipf zipf, int count) {
        List<Integer> picked = new ArrayList<>(count);
        for (int attempt = 0; picked.size() < count && attempt < count * 4; attempt++) {
            int candidate = zipf.sample(r);
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    private static int geometric(SplittableRandom r, double p, int max) {
        int n = 0;
        while (n < max && r.nextDouble() < p) {
            n++;
        }
        return n;
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double u = r.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String stem(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 16 * 16; // at least three syllables
        while (n > 0) {
            s.append(SYLLABLES[n % 16]);
            n /= 16;
        }
        return s.toString();
    }

    /** Lower-case letters and digits, runs of anything else as one dash. */
    static String slug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
