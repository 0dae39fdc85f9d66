package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FullTextTest {

    @Test
    void everyLuceneSpecialCharacterIsEscaped() {
        assertThat(FullText.escape("a+b-c&&d||e!(f){g}[h]^i\"j~k*l?m:n\\o/p"))
                .isEqualTo("a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\\"j\\~k\\*l\\?m\\:n\\\\o\\/p");
    }

    @Test
    void aSearchIsThePhraseOrEveryWordWithTheLastAlsoAPrefix() {
        assertThat(FullText.search("liver Cancer")).isEqualTo("\"liver Cancer\"^4 OR (liver AND (cancer OR cancer*))");
        assertThat(FullText.search("CAR-T")).isEqualTo("\"CAR-T\"^4 OR (car\\-t)");
    }

    @Test
    void operatorsTypedByAUserAreWordsNotOperators() {
        assertThat(FullText.search("her2 AND *")).isEqualTo("\"her2 AND *\"^4 OR (her2 AND (and OR and*))");
    }

    @Test
    void textWithoutLettersOrDigitsCannotBeSearched() {
        assertThat(FullText.searchable("-*-")).isFalse();
        assertThatThrownBy(() -> FullText.search("-*-")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FullText.fuzzy("-*-")).isNull();
    }

    @Test
    void quotesInAPhraseAreEscaped() {
        assertThat(FullText.phrase("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    }

    @Test
    void namesAreTheSameRegardlessOfCaseAccentsSpacesAndPunctuation() {
        assertThat(FullText.normalise("Claudin 18.2")).isEqualTo(FullText.normalise("CLAUDIN18.2"))
                .isEqualTo("claudin182");
        assertThat(FullText.normalise("glypican-3")).isEqualTo(FullText.normalise("Glypican 3"));
        assertThat(FullText.normalise("cáncer de mama")).isEqualTo("cancerdemama");
    }
}
