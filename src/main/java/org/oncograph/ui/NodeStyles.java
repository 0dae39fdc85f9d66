package org.oncograph.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The colour, shape and caption of each node label, read from {@code static/ui/node-styles.json}: the explorer's
 * legend draws from the same file, so the pages and Neo4j Browser's style never disagree.
 */
class NodeStyles {

    static final String RESOURCE = "static/ui/node-styles.json";

    /** One label's look. */
    record Style(String label, String type, String plural, String color, String shape, String caption) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(List<Style> labels) {
    }

    private final List<Style> styles;

    NodeStyles(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.styles = List.copyOf(json.readValue(in, File.class).labels());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    List<Style> all() {
        return styles;
    }

    /**
     * The Neo4j Browser style sheet (GraSS): each label in its colour, captioned by its key property; relationships
     * captioned by their type.
     */
    String grass() {
        StringBuilder grass = new StringBuilder("""
                node {
                  diameter: 50px;
                  color: #A5ABB6;
                  border-color: #9AA1AC;
                  border-width: 2px;
                  text-color-internal: #FFFFFF;
                  font-size: 10px;
                }

                relationship {
                  color: #A5ABB6;
                  shaft-width: 1px;
                  font-size: 8px;
                  padding: 3px;
                  text-color-external: #000000;
                  text-color-internal: #FFFFFF;
                  caption: "<type>";
                }
                """);
        for (Style style : styles) {
            grass.append("""

                    node.%s {
                      color: %s;
                      border-color: %s;
                      text-color-internal: #FFFFFF;
                      caption: "{%s}";
                    }
                    """.formatted(style.label(), style.color(), darker(style.color()), style.caption()));
        }
        return grass.toString();
    }

    /** The border: the fill colour at 80 % brightness, as Neo4j Browser's own palette does. */
    static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xFF) * 4 / 5;
        int g = (rgb >> 8 & 0xFF) * 4 / 5;
        int b = (rgb & 0xFF) * 4 / 5;
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
