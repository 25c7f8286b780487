package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.observatory.extract.ExtractFormat;
import london.observatory.extract.ExtractLimits;
import london.observatory.extract.ExtractRequest;
import london.observatory.extract.ExtractResult;
import london.observatory.extract.Extractor;
import london.observatory.geography.postcode.Postcode;
import london.observatory.web.WebProperties;
import london.observatory.web.release.Postcodes;
import london.observatory.web.release.ServedData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST /api/extract}: the extracts engine over the caller's database (the open one unless the caller may
 * read restricted figures), as CSV, Parquet or XLSX; {@code part=datapackage} gives the file's Data Package instead
 * (the same request on the same release always makes the same file, so the two always agree). Postcodes are turned
 * into their LSOAs and go no further. The file is written to a temporary folder, sent, and removed.
 */
@RestController
final class ExtractApi {

    /** A pasted list: codes and postcodes separated by new lines, commas or semicolons. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\r\\n,;\\t]+");

    private static final Pattern AREA_CODE = Pattern.compile("[EWSNewsn][0-9]{8}");

    /** What a POST may send, as JSON or as a form. */
    record Body(
            List<String> areas,
            List<String> postcodes,
            String list,
            List<String> themes,
            List<String> indicators,
            String from,
            String to,
            Boolean total,
            String format,
            String part) {}

    private final Postcodes postcodes;
    private final Semaphore turns;
    private final Duration wait;

    ExtractApi(Postcodes postcodes, WebProperties settings) {
        this.postcodes = postcodes;
        this.turns = new Semaphore(settings.extractsAtOnce(), true);
        this.wait = settings.extractWait();
    }

    @GetMapping("/api/extract")
    @Operation(
            summary = "Download an extract for an area, a postcode or a few of them",
            description = "CSV, Parquet or XLSX with a Data Package (part=datapackage). Several areas or postcodes"
                    + " with total=true add the custom area's total.")
    void get(
            ServedData data,
            @Parameter(description = "area codes (repeatable)") @RequestParam(required = false) List<String> area,
            @Parameter(description = "postcodes (repeatable)") @RequestParam(required = false) List<String> postcode,
            @RequestParam(required = false) List<String> theme,
            @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean total,
            @Parameter(description = "csv, parquet or xlsx") @RequestParam(defaultValue = "csv") String format,
            @Parameter(description = "file (default) or datapackage") @RequestParam(defaultValue = "file") String part,
            HttpServletResponse response)
            throws IOException, InterruptedException {
        send(data, new Body(area, postcode, null, theme, indicator, from, to, total, format, part), response);
    }

    @PostMapping(value = "/api/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Download an extract for a list of areas or postcodes (a service footprint)")
    void postJson(ServedData data, @RequestBody Body body, HttpServletResponse response)
            throws IOException, InterruptedException {
        send(data, body, response);
    }

    @PostMapping(value = "/api/extract", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "As the JSON form, from the page's form: list holds the pasted codes and postcodes")
    void postForm(
            ServedData data,
            @RequestParam(required = false) String list,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) List<String> theme,
            @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean total,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "file") String part,
            HttpServletResponse response)
            throws IOException, InterruptedException {
        send(data, new Body(area, null, list, theme, indicator, from, to, total, format, part), response);
    }

    private void send(ServedData data, Body body, HttpServletResponse response)
            throws IOException, InterruptedException {
        ExtractFormat format = ExtractFormat.of(body.format() == null ? "csv" : body.format());
        boolean dataPackage = parts(body.part());
        List<String> areas = areas(body);
        ExtractRequest.Builder request = ExtractRequest.builder().format(format).areas(areas);
        nonNull(body.themes()).forEach(request::theme);
        nonNull(body.indicators()).forEach(request::indicator);
        if (body.from() != null && !body.from().isBlank()) {
            request.from(body.from().strip());
        }
        if (body.to() != null && !body.to().isBlank()) {
            request.to(body.to().strip());
        }
        if (Boolean.TRUE.equals(body.total())) {
            request.withTotal();
        }
        Extractor extractor = data.tier().extractor();
        if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            throw ApiException.unavailable("the server is busy making other extracts; try again in half a minute");
        }
        Path folder = Files.createTempDirectory("observatory-extract-");
        try {
            String name = "observatory-" + data.release().id() + "-" + label(areas) + "." + format.extension();
            ExtractResult result = extractor.write(request.build(), folder.resolve(name));
            Path sent = dataPackage ? result.dataPackage() : result.file();
            response.setContentType(dataPackage ? MediaType.APPLICATION_JSON_VALUE : format.mediaType());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(sent.getFileName().toString())
                            .build()
                            .toString());
            response.setHeader("X-Observatory-Rows", Long.toString(result.rows()));
            response.setContentLengthLong(Files.size(sent));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(sent, out);
            }
        } finally {
            deleteTree(folder);
            turns.release();
        }
    }

    /** Area codes from every way a request may name them; postcodes become their LSOAs. */
    private List<String> areas(Body body) {
        List<String> areas = new ArrayList<>(nonNull(body.areas()));
        List<String> asked = new ArrayList<>(nonNull(body.postcodes()));
        if (body.list() != null) {
            if (body.list().length() > 100_000) {
                throw ApiException.badRequest("the list is " + body.list().length()
                        + " characters long; at most 100,000 are read (about " + ExtractLimits.DEFAULT_MAX_AREAS
                        + " codes or postcodes)");
            }
            for (String item : LIST_SEPARATORS.split(body.list())) {
                String entry = item.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                (AREA_CODE.matcher(entry).matches() ? areas : asked).add(entry);
            }
        }
        if (areas.size() + asked.size() > ExtractLimits.DEFAULT_MAX_AREAS) {
            throw ApiException.badRequest("the request lists " + (areas.size() + asked.size())
                    + " areas and postcodes; at most " + ExtractLimits.DEFAULT_MAX_AREAS + " may be asked at once");
        }
        for (String text : asked) {
            if (Postcode.parse(text) == null) {
                throw ApiException.badRequest(
                        Checks.quote(text) + " is neither an area code (E01000001) nor a postcode (SE1 7PB)");
            }
            if (!postcodes.available()) {
                throw ApiException.badRequest("this server has no postcode directory: ask by area code");
            }
            areas.add(postcodes
                    .apply(text)
                    .orElseThrow(() -> ApiException.badRequest(
                            Checks.quote(text) + " is not a London postcode the postcode directory knows")));
        }
        if (areas.isEmpty()) {
            throw ApiException.badRequest("name at least one area or postcode (area=E09000007, postcode=…, or a list)");
        }
        return areas.stream()
                .map(a -> a.strip().toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private static boolean parts(String part) {
        if (part == null || part.equals("file")) {
            return false;
        }
        if (part.equals("datapackage")) {
            return true;
        }
        throw ApiException.badRequest("part must be file or datapackage, not " + Checks.quote(part));
    }

    /** One area's code, or how many a list holds: the file's name says which. */
    private static String label(List<String> areas) {
        long distinct = areas.stream().distinct().count();
        return distinct == 1 && AREA_CODE.matcher(areas.get(0)).matches() ? areas.get(0) : distinct + "-areas";
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
