package org.oncograph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one record in the legacy ClinicalTrials.gov XML format ({@code <clinical_study>}) and brings its title-case
 * vocabulary ({@code Phase 1/Phase 2}, {@code Not yet recruiting}) and free-text dates ({@code March 17, 2017}) to
 * the v2 forms. The parser refuses DTDs and external entities (XXE, billion laughs).
 */
final class LegacyXmlMapper {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private LegacyXmlMapper() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new InvalidRecordException(null, "XML with a DOCTYPE is refused (DTDs and entities are disabled)");
            }
            throw new InvalidRecordException(null, "malformed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + message);
        } catch (SAXException | IOException e) {
            throw new InvalidRecordException(null, "malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
    }

    static TrialRecord map(Document document, String file) {
        Element root = document.getDocumentElement();
        if (!"clinical_study".equals(root.getTagName())) {
            throw new InvalidRecordException(root.getTagName(),
                    "not a ClinicalTrials.gov record: root element is <" + root.getTagName() + ">, expected <clinical_study>");
        }
        String nctId = text(child(root, "id_info"), "nct_id");
        if (nctId == null) {
            throw new InvalidRecordException("id_info/nct_id", "missing nctId");
        }
        nctId = nctId.toUpperCase(Locale.ROOT);
        if (!V2StudyMapper.NCT_ID.matcher(nctId).matches()) {
            throw new InvalidRecordException("id_info/nct_id", "nctId '" + nctId + "' is not NCT followed by 8 digits");
        }
        Integer enrollment = null;
        String enrollmentText = text(root, "enrollment");
        if (enrollmentText != null) {
            try {
                enrollment = Integer.valueOf(enrollmentText);
            } catch (NumberFormatException e) {
                throw new InvalidRecordException("enrollment", "expected a whole number, found '" + enrollmentText + "'");
            }
        }
        List<TrialRecord.Arm> arms = new ArrayList<>();
        for (Element a : children(root, "arm_group")) {
            arms.add(new TrialRecord.Arm(text(a, "arm_group_label"), enumValue(text(a, "arm_group_type")),
                    text(a, "description"), List.of()));
        }
        List<TrialRecord.Intervention> interventions = new ArrayList<>();
        for (Element i : children(root, "intervention")) {
            interventions.add(new TrialRecord.Intervention(enumValue(text(i, "intervention_type")),
                    text(i, "intervention_name"), texts(i, "other_name"), text(i, "description"),
                    texts(i, "arm_group_label")));
        }
        Element sponsors = child(root, "sponsors");
        TrialRecord.Organisation lead = null;
        List<TrialRecord.Organisation> collaborators = new ArrayList<>();
        if (sponsors != null) {
            Element leadElement = child(sponsors, "lead_sponsor");
            if (leadElement != null) {
                lead = organisation(leadElement);
            }
            for (Element c : children(sponsors, "collaborator")) {
                collaborators.add(organisation(c));
            }
        }
        List<TrialRecord.Site> sites = new ArrayList<>();
        for (Element l : children(root, "location")) {
            Element facility = child(l, "facility");
            Element address = facility == null ? null : child(facility, "address");
            sites.add(new TrialRecord.Site(text(facility, "name"), text(address, "city"), text(address, "state"),
                    text(address, "country")));
        }
        List<TrialRecord.Official> officials = new ArrayList<>();
        for (Element o : children(root, "overall_official")) {
            officials.add(new TrialRecord.Official(text(o, "last_name"), text(o, "affiliation"), enumValue(text(o, "role"))));
        }
        List<TrialRecord.Reference> references = new ArrayList<>();
        for (Element r : children(root, "reference")) {
            references.add(new TrialRecord.Reference(text(r, "PMID"), text(r, "citation"), "BACKGROUND"));
        }
        for (Element r : children(root, "results_reference")) {
            references.add(new TrialRecord.Reference(text(r, "PMID"), text(r, "citation"), "RESULT"));
        }
        Element eligibility = child(root, "eligibility");
        String minimumAge = ageText(text(eligibility, "minimum_age"));
        String maximumAge = ageText(text(eligibility, "maximum_age"));
        return new TrialRecord(nctId, file, text(root, "brief_title"), text(root, "official_title"),
                text(child(root, "brief_summary"), "textblock"),
                phases(text(root, "phase")), enumValue(text(root, "overall_status")),
                date(text(root, "start_date"), "start_date"), date(text(root, "completion_date"), "completion_date"),
                enrollment, studyType(text(root, "study_type")), minimumAge, maximumAge,
                AgeGroups.of(minimumAge, maximumAge), arms, texts(root, "condition"), interventions, lead,
                collaborators, sites, references, officials);
    }

    private static TrialRecord.Organisation organisation(Element e) {
        return new TrialRecord.Organisation(text(e, "agency"), enumValue(text(e, "agency_class")));
    }

    /** {@code Phase 1/Phase 2} to {@code [PHASE1, PHASE2]}, {@code N/A} to {@code [NA]}. */
    static List<String> phases(String phase) {
        if (phase == null) {
            return List.of();
        }
        var result = new LinkedHashSet<String>();
        for (String part : phase.split("/(?=\\s*(Phase|Early))")) {
            String p = part.trim().toUpperCase(Locale.ROOT).replace(" ", "");
            if (p.equals("N/A") || p.equals("NA")) {
                result.add("NA");
            } else if (!p.isEmpty()) {
                result.add(p.replace("EARLYPHASE", "EARLY_PHASE"));
            }
        }
        return List.copyOf(result);
    }

    /** {@code Active, not recruiting} to {@code ACTIVE_NOT_RECRUITING}. */
    static String enumValue(String value) {
        if (value == null) {
            return null;
        }
        return value.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String studyType(String value) {
        return value == null ? null : enumValue(value.replaceAll("\\[.*]", ""));
    }

    private static String ageText(String value) {
        return value == null || value.equalsIgnoreCase("N/A") ? null : value;
    }

    /** Free-text registry dates to ISO: {@code October 2017} to {@code 2017-10}, {@code March 17, 2017} to {@code 2017-03-17}. */
    static String date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, MONTH_DAY_YEAR).toString();
        } catch (DateTimeParseException e) {
            try {
                return YearMonth.parse(value, MONTH_YEAR).toString();
            } catch (DateTimeParseException e2) {
                if (value.matches("\\d{4}(-\\d{2}){0,2}")) {
                    return value;
                }
                throw new InvalidRecordException(field, "unreadable date '" + value + "'");
            }
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        Element block = child(e, "textblock");
        String value = (block != null ? block : e).getTextContent();
        value = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        return value.isEmpty() ? null : value;
    }

    private static List<String> texts(Element parent, String name) {
        List<String> values = new ArrayList<>();
        for (Element e : children(parent, name)) {
            String v = e.getTextContent() == null ? "" : e.getTextContent().strip().replaceAll("\\s+", " ");
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }
}
