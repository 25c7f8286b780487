package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertThat(ValueText.of(9090.0)).isEqualTo("9090");
        assertThat(ValueText.of(-3.0)).isEqualTo("-3");
        assertThat(ValueText.of(0.0)).isEqualTo("0");
        assertThat(ValueText.of(8_799_776.0)).isEqualTo("8799776");
    }

    @Test
    void fractionsKeepFullPrecisionWithoutAnExponent() {
        assertThat(ValueText.of(10.25)).isEqualTo("10.25");
        assertThat(ValueText.of(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(ValueText.of(0.00012)).isEqualTo("0.00012");
        assertThat(ValueText.of(1.5e20)).isEqualTo("150000000000000000000");
    }
}
