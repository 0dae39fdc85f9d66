package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceResolverTest {

    @Test
    void keysAreTriedAsTypedInUpperAndLowerCase() {
        assertThat(ReferenceResolver.keyVariants("erbb2")).contains("erbb2", "ERBB2");
        assertThat(ReferenceResolver.keyVariants("nct04787263")).contains("NCT04787263");
        assertThat(ReferenceResolver.keyVariants("CAR-GPC3-T-Cells")).contains("car-gpc3-t-cells");
    }

    @Test
    void curiePrefixesAreNormalisedWithoutTouchingTheLocalPartsCase() {
        assertThat(ReferenceResolver.keyVariants("mondo:0007256")).contains("MONDO:0007256");
        assertThat(ReferenceResolver.keyVariants("Ror:040gcmg81")).contains("ror:040gcmg81");
        assertThat(ReferenceResolver.keyVariants("hgnc:3430")).contains("HGNC:3430");
    }

    @Test
    void rorIdsAreFoundFromTheirUrlOrBareId() {
        assertThat(ReferenceResolver.keyVariants("https://ror.org/040gcmg81")).contains("ror:040gcmg81");
        assertThat(ReferenceResolver.keyVariants("040gcmg81")).contains("ror:040gcmg81");
    }

    @Test
    void aBareDoiIsAPublicationId() {
        assertThat(ReferenceResolver.keyVariants("10.1038/s41591-018-0040-8"))
                .contains("doi:10.1038/s41591-018-0040-8");
    }
}
