package london.observatory.source.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNumberTextTest {

    @Test
    void wholeNumbersHaveNoPointZero() {
        assertThat(NumberText.plain(12345.0)).isEqualTo("12345");
        assertThat(NumberText.plain(-0.0)).isEqualTo("0");
        assertThat(NumberText.plain(-42.0)).isEqualTo("-42");
    }

    @Test
    void decimalsKeepTheirDigitsWithoutBinaryNoise() {
        assertThat(NumberText.plain(2.3456)).isEqualTo("2.3456");
        assertThat(NumberText.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(NumberText.plain(96.812)).isEqualTo("96.812");
    }

    @Test
    void veryLargeAndVerySmallNumbersHaveNoExponent() {
        assertThat(NumberText.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(NumberText.plain(1.5e-7)).isEqualTo("0.00000015");
    }
}
