package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import london.observatory.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one rule for where a code off the spine belongs, on the sample geography. */
class AreaCodesTest {

    private static AreaCodes codes;

    @BeforeAll
    static void load() {
        codes = new AreaCodes(RepoFiles.madeUpGeography());
    }

    @Test
    void londonItsAggregatesEnglandAndUkCodesAreSetAside() {
        for (String code :
                new String[] {"E12000007", "E13000001", "E13000002", "E92000001", "K02000001", "K04000001"}) {
            assertThat(codes.offSpine("lad", code)).isEqualTo(new AreaCodes.Verdict(Reconciliation.SET_ASIDE, null));
        }
    }

    @Test
    void wellFormedCodesNoLondonLookupKnowsAreOutsideLondon() {
        for (String code :
                new String[] {"E08000025", "W06000015", "S12000033", "E12000008", "E01012345", "E05012345"}) {
            assertThat(codes.offSpine("lad", code))
                    .isEqualTo(new AreaCodes.Verdict(Reconciliation.OUTSIDE_LONDON, null));
        }
    }

    @Test
    void aRetiredLondonWardIsUnknownNamingItsVintageAndTheSettingThatPlacesIt() {
        AreaCodes.Verdict verdict = codes.offSpine("ward", "E05000026");

        assertThat(verdict.reason()).isEqualTo(Reconciliation.UNKNOWN_CODE);
        assertThat(verdict.badRow()).isFalse();
        assertThat(verdict.hint())
                .isEqualTo("E05000026 is a London ward of the 2002 boundaries (ward vintages 2011 to 2018): set "
                        + "observatory.geography.older-ward-lookups to the best fit of the feed's ward vintage "
                        + "(e.g. WD14CD or WD18CD)");
        assertThat(codes.offSpine("ward", "E05000650").reason()).isEqualTo(Reconciliation.OUTSIDE_LONDON);
    }

    @Test
    void londonCodesOfAnotherLevelOrVintageAreUnknownSayingWhatTheyAre() {
        assertThat(codes.offSpine("lsoa21", "E01980001"))
                .isEqualTo(new AreaCodes.Verdict(
                        Reconciliation.UNKNOWN_CODE, "E01980001 is a London LSOA 2011 code, not lsoa21"));
        assertThat(codes.offSpine("lad", "E02990001"))
                .isEqualTo(new AreaCodes.Verdict(
                        Reconciliation.UNKNOWN_CODE, "E02990001 is a London msoa21 code, not lad"));
        assertThat(codes.offSpine("lad", "E09000034").reason()).isEqualTo(Reconciliation.UNKNOWN_CODE);
    }

    @Test
    void textThatIsNoCodeIsInvalidAndABadRow() {
        AreaCodes.Verdict verdict = codes.offSpine("lad", "Camden");

        assertThat(verdict.reason()).isEqualTo(Reconciliation.INVALID);
        assertThat(verdict.badRow()).isTrue();
        assertThat(verdict.hint()).isEqualTo("'Camden' is not a lad code");
    }

    @Test
    void theLevelOfACodeIsReadFromItsPrefixAndTheLsoaVintageFromTheLookups() {
        assertThat(codes.levelOf("E01990001")).isEqualTo("lsoa21");
        assertThat(codes.levelOf("E01980001")).isEqualTo("lsoa11");
        assertThat(codes.levelOf("E01012345")).isEqualTo("lsoa21");
        assertThat(codes.levelOf("E02990001")).isEqualTo("msoa21");
        assertThat(codes.levelOf("E05000026")).isEqualTo("ward");
        assertThat(codes.levelOf("E09000007")).isEqualTo("lad");
        assertThat(codes.levelOf("E08000025")).isEqualTo("lad");
        assertThat(codes.levelOf("E12000007")).isEqualTo(AreaCodes.AGGREGATE);
        assertThat(codes.levelOf("K02000001")).isEqualTo(AreaCodes.AGGREGATE);
        assertThat(codes.levelOf("E00000001")).isNull();
        assertThat(codes.levelOf("Camden")).isNull();
    }
}
