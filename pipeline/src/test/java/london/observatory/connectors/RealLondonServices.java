package london.observatory.connectors;

import java.nio.file.Path;
import java.time.Clock;
import london.observatory.RepoFiles;
import london.observatory.connectors.borough.RecordLocators;
import london.observatory.connectors.borough.TestKeyer;
import london.observatory.fetch.Fetcher;
import london.observatory.geography.Geography;
import london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator;
import london.observatory.normalise.SpineCrosswalks;

/**
 * What every connector needs to read the samples on the real London geography, offline: the GP registrations
 * and the fictional postcode directory from the repository, no API keys, the test's record keyer.
 */
public final class RealLondonServices {

    private RealLondonServices() {}

    public static ConnectorServices of(Path dataDir, Fetcher fetcher, Geography london) {
        return new ConnectorServices(
                dataDir,
                fetcher,
                null,
                null,
                name -> null,
                Clock.systemUTC(),
                london,
                new SpineCrosswalks(london, RepoFiles.dataSamples("gp/gp-reg-pat-prac-lsoa-all.csv"), null),
                new RecordLocators(london, RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.FILE), null),
                TestKeyer.KEYER);
    }
}
