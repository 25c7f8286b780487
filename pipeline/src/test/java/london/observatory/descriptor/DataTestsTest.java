package london.observatory.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A feed descriptor's {@code dataTests} block: its defaults and what it refuses. */
class DataTestsTest {

    @Test
    void aDescriptorWithoutTheBlockGetsTheDefaultShares() {
        FeedDescriptor feed = Descriptors.read("observatory/feeds/datastore-homelessness-assessments.json");

        assertThat(feed.dataTests().maxRowDrop()).isEqualTo(0.05);
        assertThat(feed.dataTests().maxAreaDrop()).isEqualTo(0.02);
        assertThat(feed.dataTests().testsDrops()).isTrue();
    }

    @Test
    void oneShareSetLeavesTheOtherAtItsDefault() {
        DataTests tests = new DataTests(0.25, null, null, null);

        assertThat(tests.maxRowDrop()).isEqualTo(0.25);
        assertThat(tests.maxAreaDrop()).isEqualTo(0.02);
    }

    @Test
    void dropsAreNormalTurnsTheTestsOffAndCannotStandBesideAShare() {
        assertThat(new DataTests(null, null, true, "closed cases leave the list").testsDrops())
                .isFalse();
        assertThatThrownBy(() -> new DataTests(0.1, null, true, "closed cases leave the list"))
                .hasMessage("dataTests: dropsAreNormal turns the drop tests off, so maxRowDrop and maxAreaDrop "
                        + "cannot be set beside it");
        assertThatThrownBy(() -> new DataTests(null, null, true, " "))
                .hasMessage("dataTests: dropsAreNormal must give its reason");
    }
}
