package london.observatory.jobs.faults;

import java.io.IOException;

/**
 * A borough case list served over HTTPS (Southwark's council tax arrears): landed cut down to its kept
 * columns, so the faults are the same as any file's, and a renamed postcode column is caught as the file
 * lands, before even the cut-down file is kept.
 */
class BoroughCaseListFaultsIntegrationTests extends FileOverHttpFaults {

    @Override
    String feedId() {
        return "southwark-council-tax-arrears";
    }

    @Override
    String path() {
        return "/drops/southwark/council-tax-arrears.csv";
    }

    @Override
    byte[] body() throws IOException {
        return sample("borough/southwark-council-tax-arrears.csv");
    }

    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        return bytes(text(body()).replaceFirst("PCODE", "Post Town"));
    }

    @Override
    String missingColumn() {
        return "has no column for 'postcode' (looked for PCODE, Postcode, Property Postcode)";
    }

    /** One planted empty date of 30 records, within the feed's 5% of bad rows. */
    @Override
    String sampleCounts() {
        return "30\\s+15\\s+1";
    }
}
