package london.observatory.connectors.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which resource URLs a dataset document may name, live and offline; nothing here touches the network, and only the link test the disk. */
class ResourceUrlsTest {

    private static final String SITE = "https://data.london.gov.uk";
    private static final String FILE_HOST =
            "https://airdrive-secure.s3-eu-west-1.amazonaws.com/london/dataset/x/2024.csv";
    private final ResourceUrls urls = new ResourceUrls(DatastoreResolver.DEFAULT_RESOURCE_HOSTS);

    @Test
    void theSiteAndItsFileHostAreAllowedFromTheLiveDocument() {
        assertThat(urls.resolve(SITE, SITE + "/download/d/r/x.csv")).isEqualTo(SITE + "/download/d/r/x.csv");
        assertThat(urls.resolve(SITE, "/download/d/r/x.csv")).isEqualTo(SITE + "/download/d/r/x.csv");
        assertThat(urls.resolve(SITE, FILE_HOST)).isEqualTo(FILE_HOST);
        assertThat(urls.resolve(SITE, "HTTPS://Data.London.gov.uk/x.csv"))
                .isEqualTo("HTTPS://Data.London.gov.uk/x.csv");
    }

    @Test
    void aResourceUrlOutsideTheDatasetHostIsRefusedWhateverItsForm() {
        String rule =
                ": a dataset document from https://data.london.gov.uk may only name https resources on its own host"
                        + " or on an allowed file host (data.london.gov.uk, airdrive-secure.s3-eu-west-1.amazonaws.com)";
        assertThatThrownBy(() -> urls.resolve(SITE, "https://evil.example/x.csv"))
                .hasMessage("URL https://evil.example/x.csv is refused" + rule);
        assertThatThrownBy(() -> urls.resolve(SITE, "//evil.example/x.csv"))
                .hasMessage("URL //evil.example/x.csv is refused" + rule);
        assertThatThrownBy(() -> urls.resolve(SITE, "http://data.london.gov.uk/x.csv")) // no downgrade from https
                .hasMessage("URL http://data.london.gov.uk/x.csv is refused" + rule);
        assertThatThrownBy(() -> urls.resolve(SITE, "https://data.london.gov.uk@evil.example/x.csv"))
                .hasMessageStartingWith("URL https://***@evil.example/x.csv is refused");
        assertThatThrownBy(() -> urls.resolve(SITE, "ftp://data.london.gov.uk/x.csv"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve(SITE, "https://evil.example/x.csv?key=s3cret"))
                .hasMessageStartingWith("URL https://evil.example/x.csv?key=*** is refused");
    }

    @Test
    void aFileUrlFromARemoteDocumentIsRefused() {
        assertThatThrownBy(() -> urls.resolve(SITE, "file:/etc/passwd"))
                .hasMessageStartingWith(
                        "URL file:/etc/passwd is refused: a dataset document from https://data.london.gov.uk");
        assertThatThrownBy(() -> urls.resolve(SITE, "file:///etc/passwd")).hasMessageContaining("is refused");
        assertThatThrownBy(() -> urls.resolve(SITE, "jar:file:/x.jar!/y")).hasMessageContaining("is refused");
    }

    @Test
    void aDotDotFromARemoteDocumentStaysOnItsHost() {
        assertThat(urls.resolve(SITE + "/", "../../download/x.csv")).startsWith(SITE + "/");
    }

    @Test
    void anHttpDocumentMayNameHttpOnItsOwnHostOnly() {
        assertThat(urls.resolve("http://localhost:8089", "http://localhost:8089/x.csv"))
                .isEqualTo("http://localhost:8089/x.csv");
        assertThatThrownBy(() -> urls.resolve("http://localhost:8089", "http://169.254.169.254/latest/meta-data/"))
                .hasMessage("URL http://169.254.169.254/latest/meta-data/ is refused: a dataset document from"
                        + " http://localhost:8089 may only name http or https resources on its own host or on an allowed"
                        + " file host (data.london.gov.uk, airdrive-secure.s3-eu-west-1.amazonaws.com)");
    }

    @Test
    void theAllowListIsTheConstructors() {
        ResourceUrls onlyOwnHost = new ResourceUrls(List.of());
        assertThatThrownBy(() -> onlyOwnHost.resolve(SITE, FILE_HOST)).hasMessageEndingWith("allowed file host (none)");
        assertThat(new ResourceUrls(List.of(" Files.Example ")).resolve(SITE, "https://files.example/x.csv"))
                .isEqualTo("https://files.example/x.csv");
        assertThatThrownBy(() -> new ResourceUrls(List.of("https://files.example/")))
                .hasMessage("a Datastore resource host must be a host name, was: https://files.example/");
    }

    @Test
    void anOfflineDocumentNamesFilesInsideItsFolder() {
        assertThat(urls.resolve("file:data-samples/datastore", "download/d/r/x.csv"))
                .isEqualTo("file:data-samples/datastore/download/d/r/x.csv");
        assertThat(urls.resolve("file:///srv/datastore/", "download/../download/x.csv"))
                .isEqualTo("file:/srv/datastore/download/x.csv");
        assertThat(urls.resolve("file:///srv/datastore", "file:///srv/datastore/download/x.csv"))
                .isEqualTo("file:///srv/datastore/download/x.csv");
        assertThat(urls.resolve("file:data-samples/datastore", "https://files.example/x.csv"))
                .isEqualTo("https://files.example/x.csv");
    }

    @Test
    void aDotDotResourceCannotLeaveTheSampleFolder() {
        String rule = " may only name files inside that folder (or http/https URLs)";
        assertThatThrownBy(() -> urls.resolve("file:data-samples/datastore", "../../secrets.env"))
                .hasMessage("URL ../../secrets.env is refused: a dataset document read from file:data-samples/datastore"
                        + rule);
        assertThatThrownBy(() -> urls.resolve("file:data-samples/datastore", "download/../../datastore-copy/x.csv"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "download/../../etc/passwd"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "download/%2e%2e/%2e%2e/etc/passwd"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "file:/etc/passwd"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "file://otherhost/srv/datastore/x.csv"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "jar:file:/srv/datastore/x.jar!/y"))
                .hasMessageEndingWith(rule);
        assertThatThrownBy(() -> urls.resolve("file:///srv/datastore/", "..")).hasMessageEndingWith(rule);
    }

    @Test
    void aLinkInTheOfflineFolderToAFileOutsideItIsRefused(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("datastore"));
        Path outside = Files.writeString(root.resolve("secrets.env"), "KEY=1\n");
        Files.createSymbolicLink(folder.resolve("x.csv"), outside);
        Files.writeString(folder.resolve("inside.csv"), "a\n");
        Files.createSymbolicLink(folder.resolve("y.csv"), folder.resolve("inside.csv"));
        String base = folder.toUri().toString();

        assertThatThrownBy(() -> urls.resolve(base, "x.csv"))
                .hasMessageEndingWith(" may only name files inside that folder (or http/https URLs)");
        assertThat(urls.resolve(base, "y.csv")).endsWith("/datastore/y.csv");
    }

    @Test
    void aUrlThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> urls.resolve(SITE, "download/a b|c.csv"))
                .hasMessage("URL download/a b|c.csv is refused: it is not a valid URL");
    }
}
