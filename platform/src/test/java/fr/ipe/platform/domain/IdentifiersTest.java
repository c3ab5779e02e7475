package fr.ipe.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void aUaisCheckLetterIsItsDigitsModulo23WithoutIOAndQ() {
        assertThat(Identifiers.uaiCheckLetter("0750655")).isEqualTo('E');
        assertThat(Identifiers.uaiCheckLetter("0690026")).isEqualTo('D');
        assertThat(Identifiers.uaiCheckLetter("0130053")).isEqualTo('M');
        assertThat(Identifiers.uaiCheckLetter("0000022")).isEqualTo('Z');
        assertThat(Identifiers.isCheckedUai("0750655E")).isTrue();
        assertThat(Identifiers.isCheckedUai("0750655F")).as("a wrong check letter").isFalse();
        assertThat(Identifiers.isUai("0750655F")).as("the format alone").isTrue();
        assertThat(Identifiers.isCheckedUai("075065E")).isFalse();
        assertThat(Identifiers.isCheckedUai(null)).isFalse();
        assertThatThrownBy(() -> Identifiers.uaiCheckLetter("075065A")).isInstanceOf(IllegalArgumentException.class);
    }
}
