package london.observatory.jobs.read;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import london.observatory.extract.AreaListFile;
import london.observatory.extract.ExtractFormat;
import london.observatory.extract.ExtractProgress;
import london.observatory.extract.ExtractRequest;
import london.observatory.extract.ExtractRequestException;
import london.observatory.extract.ExtractResult;
import london.observatory.extract.ExtractSource;
import london.observatory.extract.Extractor;
import london.observatory.geography.postcode.Postcode;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.release.ReleaseLayout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory extract}: one area, a postcode's LSOA or a list of areas, for chosen themes, indicators and
 * periods, as CSV, Parquet or XLSX with a Data Package beside it, from the open database of a release (the latest,
 * or {@code --release <id>}, so an extract can be cited and made again byte for byte). A postcode is resolved to
 * its LSOA and never written into the file.
 */
@Command(
        name = "extract",
        description = "Write the figures for an area, a postcode or a list of areas to a file.",
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    static final class Where {
        @Option(
                names = "--area",
                paramLabel = "CODE",
                description = "An area code (LSOA, MSOA, ward, borough, London).")
        String area;

        @Option(names = "--postcode", paramLabel = "POSTCODE", description = "A postcode: its LSOA's figures.")
        String postcode;

        @Option(names = "--areas", paramLabel = "FILE", description = "A file of area codes, one a line.")
        Path areas;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    @Option(names = "--theme", paramLabel = "THEME", description = "Only this theme (repeatable).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--indicator", paramLabel = "ID", description = "Only this indicator (repeatable).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--from", paramLabel = "PERIOD", description = "First period (2024-01, 2024, 2021-22…).")
    String from;

    @Option(names = "--to", paramLabel = "PERIOD", description = "Last period.")
    String to;

    @Option(names = "--total", description = "Add a row totalling the areas (a custom area).")
    boolean total;

    @Option(names = "--release", paramLabel = "ID", description = "Read this kept release (default: the latest).")
    String release;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, parquet or xlsx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    private final List<String> settings;
    private final PrintStream stdout;
    private final ExtractProgress progress;

    ExtractCommand(List<String> settings, PrintStream stdout, ExtractProgress progress) {
        this.settings = settings;
        this.stdout = stdout;
        this.progress = progress;
    }

    @Override
    public Integer call() throws IOException {
        ObservatoryProperties properties = ReadSettings.bind(settings);
        ReleaseChoice choice = ReleaseChoice.of(properties.dataDir(), release);
        try {
            ExtractRequest.Builder request = ExtractRequest.builder().format(ExtractFormat.of(format));
            if (where.area != null) {
                request.area(where.area);
            } else if (where.postcode != null) {
                request.area(lsoaOf(where.postcode, properties));
            } else {
                request.areas(AreaListFile.read(where.areas));
            }
            themes.forEach(request::theme);
            indicators.forEach(request::indicator);
            if (from != null) {
                request.from(from);
            }
            if (to != null) {
                request.to(to);
            }
            if (total) {
                request.withTotal();
            }
            Extractor extractor = new Extractor(
                    new ExtractSource(choice.dir().resolve(ReleaseLayout.OPEN), choice.id(), DisclosureRules.OPEN));
            ExtractResult result = extractor.write(request.build(), out, progress);
            stdout.println("wrote " + result.file() + ": " + result.rows() + " rows, " + result.bytes()
                    + " bytes, sha256 " + result.sha256() + " (release " + choice.id() + "; metadata in "
                    + result.dataPackage().getFileName() + ")");
            return 0;
        } catch (ExtractRequestException | IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The LSOA 2021 of a London postcode in the configured directory; the postcode goes no further. */
    private static String lsoaOf(String text, ObservatoryProperties properties) {
        if (Postcode.parse(text) == null) {
            throw new BadRequestException("--postcode: '" + text + "' is not a postcode");
        }
        ReadPostcodes postcodes = ReadPostcodes.of(properties);
        if (postcodes == null) {
            throw new BadRequestException(
                    "--postcode: no postcode directory is set (observatory.geography.postcode-directory)");
        }
        return postcodes
                .apply(text)
                .orElseThrow(() -> new BadRequestException("--postcode: not a London postcode the directory knows ("
                        + postcodes.file().getFileName() + ")"));
    }
}
