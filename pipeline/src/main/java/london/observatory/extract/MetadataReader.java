package london.observatory.extract;

import java.util.List;

/**
 * An extract's lineage from its database's {@link DatabaseFacts}: when the database was built, whether from sample
 * recordings, and the {@code runs} of the feeds that wrote the chosen indicators' published observations.
 */
final class MetadataReader {

    private MetadataReader() {}

    static ExtractMetadata read(DatabaseFacts facts, ValidRequest request, ExtractSource source) {
        List<ExtractMetadata.RunInfo> runs = facts.runsOf(
                request.indicators().stream().map(IndicatorInfo::id).toList());
        // An extract of no sample feed is not sample data, even from a database that also holds some.
        boolean sample =
                runs.isEmpty() ? facts.about().sample() : runs.stream().anyMatch(ExtractMetadata.RunInfo::sample);
        return new ExtractMetadata(
                request,
                source.releaseId(),
                facts.about().builtAt(),
                sample,
                sample ? facts.about().note() : null,
                runs,
                source.disclosureRules());
    }
}
