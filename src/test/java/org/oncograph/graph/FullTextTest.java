package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FullTextTest {

    @Test
    void aSearchIsThePhraseOrEveryWordWithTheLastAlsoAPrefixOfNamesAndKeys() {
        assertThat(FullText.search("liver Cancer")).isEqualTo("\"liver Cancer\"^4 OR (liver AND (cancer "
                + "OR name:cancer* OR synonyms:cancer* OR aliases:cancer* OR symbol:cancer* OR nctId:cancer*))");
    }

    @Test
    void aPartTheIndexSplitsIntoWordsIsAPhraseOfItsOwn() {
        assertThat(FullText.search("CAR-T")).isEqualTo("\"CAR-T\"^4 OR (\"car-t\")");
        assertThat(FullText.search("anti-CD19 CAR T cells OG-1041"))
                .isEqualTo("\"anti-CD19 CAR T cells OG-1041\"^4 "
                        + "OR (\"anti-cd19\" AND car AND t AND cells AND \"og-1041\")");
    }

    @Test
    void luceneSyntaxTypedByAUserStaysInsideAPhrase() {
        assertThat(FullText.search("a+b (c) d:e~2 f* \"g\\"))
                .isEqualTo("\"a+b (c) d:e~2 f* \\\"g\\\\\"^4 "
                        + "OR (\"a+b\" AND \"(c)\" AND \"d:e~2\" AND \"f*\" AND \"\\\"g\\\\\")");
    }

    @Test
    void operatorsTypedByAUserAreWordsNotOperators() {
        assertThat(FullText.search("her2 AND *")).isEqualTo("\"her2 AND *\"^4 OR (her2 AND (and OR name:and* "
                + "OR synonyms:and* OR aliases:and* OR symbol:and* OR nctId:and*))");
    }

    @Test
    void textWithoutLettersOrDigitsCannotBeSearched() {
        assertThat(FullText.searchable("-*-")).isFalse();
        assertThatThrownBy(() -> FullText.search("-*-")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FullText.fuzzy("-*-")).isNull();
    }

    @Test
    void aMisspeltWordMayCarryOneMistakeUpToFiveLettersAndTwoFromSix() {
        assertThat(FullText.fuzzy("Memorial Sloan")).isEqualTo("memorial~2 OR memorial* OR sloan~1 OR sloan*");
        assertThat(FullText.fuzzy("of EpCAM, glypicam"))
                .isEqualTo("of OR epcam~1 OR epcam* OR glypicam~2 OR glypicam*");
        assertThat(FullText.fuzzy("CAR T")).isEqualTo("car~1 OR car* OR t");
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
