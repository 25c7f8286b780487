package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AreaListFileTest {

    @Test
    void oneCodeALineWithBlankLinesAndComments() throws Exception {
        assertThat(parse("\uFEFFE01000001\n\n# our footprint\n e01000002 \r\nE09000007\n"))
                .containsExactly("E01000001", " e01000002 ".strip(), "E09000007");
    }

    @Test
    void aCsvWithAHeaderGivesItsFirstColumn() throws Exception {
        assertThat(parse("LSOA21CD,LSOA21NM\nE01000001,\"City of London 001A\"\n\"E01000002\",City 001B\n"))
                .containsExactly("E01000001", "E01000002");
    }

    @Test
    void aMistypedFirstCodeIsKeptToBeRefusedNotTakenForAHeader() throws Exception {
        assertThat(parse("E0100001\nE01000002\n")).containsExactly("E0100001", "E01000002");
    }

    private static java.util.List<String> parse(String text) throws Exception {
        return AreaListFile.parse(new BufferedReader(new StringReader(text)));
    }
}
