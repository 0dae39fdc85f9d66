package org.oncograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The reviewed reference tables the importer normalises against: antigens (HGNC symbols and synonyms), oncology
 * agents (INN, brand and code names with their targets) and cancers (MONDO/NCIt ids and synonyms), read from
 * {@code src/main/resources/ingest/*.csv} by column name, so column order does not matter.
 */
public final class Dictionaries {

    /** An antigen row. */
    public record Antigen(String symbol, String hgncId, String name, List<String> synonyms, boolean textMatch,
                          String source, String confidence) {
    }

    /** An oncology agent row: every name it goes by, and the antigens it is directed against. */
    public record Agent(String id, String name, List<String> synonyms, String modality, List<String> targets,
                        String source) {
    }

    /** A disease row; {@code cancer} is false for conditions that are not cancers. */
    public record Disease(String id, String name, List<String> synonyms, String parentId, boolean cancer,
                          String source) {
    }

    /** One antigen mention in text: where it is and the words used. */
    public record Mention(Antigen antigen, int start, int end, String text) {
    }

    private final Map<String, Antigen> antigensBySymbol = new HashMap<>();
    private final TermIndex<Antigen> antigenTerms = new TermIndex<>();
    private final Map<String, Agent> agentByKey = new HashMap<>();
    private final TermIndex<Agent> agentTerms = new TermIndex<>();
    private final List<Agent> agents = new ArrayList<>();
    private final Map<String, Disease> diseaseByKey = new HashMap<>();
    private final List<Map.Entry<String, Disease>> diseaseTermsLongestFirst;
    /** The same terms between spaces, made once: diseaseWithin tries them all for most conditions. */
    private final List<String> paddedDiseaseTerms;

    Dictionaries(List<Csv.Row> antigenRows, List<Csv.Row> agentRows, List<Csv.Row> cancerRows) {
        for (Csv.Row row : antigenRows) {
            String symbol = row.get("symbol");
            if (symbol == null) {
                continue;
            }
            boolean textMatch = !"false".equalsIgnoreCase(row.get("text_match"));
            boolean symbolCaseSensitive = "true".equalsIgnoreCase(row.get("case_sensitive"));
            var synonyms = new ArrayList<>(row.list("synonyms"));
            synonyms.addAll(row.list("case_sensitive_synonyms"));
            Antigen antigen = new Antigen(symbol, row.get("hgnc_id"), row.get("name"), List.copyOf(synonyms), textMatch,
                    row.get("source"), row.get("confidence"));
            antigensBySymbol.put(symbol.toUpperCase(Locale.ROOT), antigen);
            if (!textMatch) {
                continue;
            }
            List<String> ci = new ArrayList<>(row.list("synonyms"));
            List<String> cs = new ArrayList<>(row.list("case_sensitive_synonyms"));
            (symbolCaseSensitive ? cs : ci).add(symbol);
            for (String term : cs) {
                antigenTerms.add(term, antigen, true);
            }
            for (String term : ci) {
                antigenTerms.add(term, antigen, false);
            }
        }

        for (Csv.Row row : agentRows) {
            String name = row.get("name");
            if (name == null) {
                continue;
            }
            List<String> targets = row.list("targets").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
            // An optional id column lets a row use the id the seed gives the same therapy (car-gpc3-t-cells).
            String id = row.get("id") != null ? row.get("id")
                    : Slugs.slug(name.replaceAll("\\s*\\([^)]*\\)", "")).isEmpty() ? Slugs.slug(name)
                    : Slugs.slug(name.replaceAll("\\s*\\([^)]*\\)", ""));
            Agent agent = new Agent(id, name, row.list("synonyms"), row.get("modality"), targets, row.get("source"));
            agents.add(agent);
            for (String term : names(agent)) {
                agentByKey.putIfAbsent(agentKey(term), agent);
                // Bracketed variants ("anti-PD-(L)1") are matched only as whole names; very short codes never in text.
                if (!term.contains("(") && TermIndex.key(term).length() >= 3) {
                    agentTerms.add(term, agent, false);
                }
            }
        }

        Map<String, Disease> terms = new HashMap<>();
        for (Csv.Row row : cancerRows) {
            String id = row.get("id");
            String name = row.get("name");
            if (id == null || name == null) {
                continue;
            }
            String isCancer = row.get("is_cancer");
            Disease disease = new Disease(id, name, row.list("synonyms"), row.get("parent_id"),
                    isCancer == null || isCancer.equalsIgnoreCase("true") || isCancer.equals("1")
                            || isCancer.equalsIgnoreCase("yes"),
                    row.get("source"));
            List<String> all = new ArrayList<>(disease.synonyms());
            all.add(0, name);
            for (String term : all) {
                String key = diseaseKey(term);
                if (!key.isEmpty()) {
                    diseaseByKey.putIfAbsent(key, disease);
                    terms.putIfAbsent(key, disease);
                }
            }
        }
        diseaseTermsLongestFirst = terms.entrySet().stream()
                .filter(e -> e.getKey().length() >= 5)
                .sorted(Comparator.comparingInt((Map.Entry<String, Disease> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
        paddedDiseaseTerms = diseaseTermsLongestFirst.stream().map(e -> " " + e.getKey() + " ").toList();
    }

    /** The dictionaries shipped in the jar ({@code classpath:ingest/*.csv}); a missing file is an empty table. */
    public static Dictionaries load() {
        return new Dictionaries(read("ingest/antigens.csv"), read("ingest/agents.csv"), read("ingest/cancers.csv"));
    }

    private static List<Csv.Row> read(String path) {
        Resource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return List.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static List<String> names(Agent agent) {
        List<String> all = new ArrayList<>();
        all.add(agent.name());
        all.addAll(agent.synonyms());
        return all;
    }

    /**
     * Lower-case letters and digits only: {@code KTE-X19}, {@code KTE X19} and {@code kte-x19} are one key. Brackets
     * stay, so {@code anti-PD-(L)1} (PD-1 or PD-L1) is not {@code anti-PD-L1}. Made for every name the mapper looks
     * up (several per record), so a loop rather than a regular expression (MapperFastPathsTest compares the two).
     */
    static String agentKey(String name) {
        // ASCII is its own NFKD form; the loop removes what replaceAll("[^a-z0-9()]", "") removed, a char at a time.
        String lower = (Slugs.isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD))
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '(' || c == ')') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Lower case, accents, punctuation and "the" removed, words single-spaced: {@code Non-Small-Cell} matches {@code non small cell}. */
    static String diseaseKey(String name) {
        String s = Slugs.withoutMarks(name).toLowerCase(Locale.ROOT);
        s = s.replace("tumour", "tumor").replace("leukaemia", "leukemia").replace("oesophag", "esophag")
                .replace("haemat", "hemat").replace("'s", "s");
        // What replaceAll("[^a-z0-9]+", " ").strip() gave: each run of other characters becomes one space.
        return Slugs.separated(s, ' ');
    }

    public Antigen antigen(String symbol) {
        return symbol == null ? null : antigensBySymbol.get(symbol.toUpperCase(Locale.ROOT));
    }

    public List<Agent> agents() {
        return agents;
    }

    /** The agent one of whose names is exactly this (ignoring case and punctuation), else null. */
    public Agent agentNamed(String name) {
        return name == null ? null : agentByKey.get(agentKey(name));
    }

    /** One agent name found in text. */
    public record AgentMention(Agent agent, int start, int end, String text) {
    }

    /** Agents named inside the text, in order of appearance. */
    public List<Agent> agentsIn(String text) {
        List<Agent> found = new ArrayList<>();
        for (AgentMention m : agentMentions(text)) {
            if (!found.contains(m.agent())) {
                found.add(m.agent());
            }
        }
        return found;
    }

    /** Every agent name inside the text, with its position, left to right. */
    public List<AgentMention> agentMentions(String text) {
        List<AgentMention> found = new ArrayList<>();
        for (TermIndex.Hit<Agent> hit : agentTerms.find(text)) {
            found.add(new AgentMention(hit.value(), hit.start(), hit.end(), hit.text()));
        }
        return found;
    }

    /** Antigen mentions in text, left to right, the longest where several start at one word. */
    public List<Mention> antigenMentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (TermIndex.Hit<Antigen> hit : antigenTerms.find(text)) {
            mentions.add(new Mention(hit.value(), hit.start(), hit.end(), hit.text()));
        }
        return mentions;
    }

    /** The disease whose name or synonym is exactly this condition (after {@link #diseaseKey}), else null. */
    public Disease diseaseNamed(String condition) {
        return diseaseByKey.get(diseaseKey(condition));
    }

    /** The disease with the longest name or synonym contained, as whole words, in the condition; else null. */
    public Disease diseaseWithin(String condition) {
        String key = " " + diseaseKey(condition) + " ";
        for (int i = 0; i < paddedDiseaseTerms.size(); i++) {
            if (key.contains(paddedDiseaseTerms.get(i))) {
                return diseaseTermsLongestFirst.get(i).getValue();
            }
        }
        return null;
    }

    public boolean hasDiseases() {
        return !diseaseByKey.isEmpty();
    }
}
