package london.observatory.connectors.borough;

import london.observatory.disclosure.OperatorSecret;
import london.observatory.disclosure.RecordKeyer;

/** The record keyer of the tests: a fixed secret, so keys are the same on every run. */
public final class TestKeyer {

    public static final RecordKeyer KEYER =
            new RecordKeyer(OperatorSecret.ofText("the observatory's test secret, never used for real data"));

    private TestKeyer() {}
}
