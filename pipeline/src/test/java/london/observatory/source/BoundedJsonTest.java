package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/** JSON from a source is read within Jackson's StreamReadConstraints, set from the {@link ReadLimits}. */
class BoundedJsonTest {

    private final JsonMapper json =
            BoundedJson.wholeDocuments(ReadLimits.DEFAULT).build();

    @Test
    void nestingDeeperThanTheBoundFailsNamingJacksonsConstraint() {
        String deep = "[".repeat(65) + "]".repeat(65);

        assertThatThrownBy(() -> json.readTree(deep))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("exceeds the maximum allowed (64")
                .hasMessageContaining("getMaxNestingDepth()");
    }

    @Test
    void aStringLongerThanTheBoundFailsNamingJacksonsConstraint() {
        String longString = "{\"a\":\"" + "x".repeat(1_000_001) + "\"}";

        assertThatThrownBy(() -> json.readTree(longString))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("exceeds the maximum allowed (1000000")
                .hasMessageContaining("getMaxStringLength()");
    }
}
