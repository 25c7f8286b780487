package london.observatory.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled run's command: the server's Java, options and settings, with {@code nightly} for {@code serve}. */
class NightlyProcessTest {

    @TempDir
    Path dir;

    private static final List<String> SERVE_ARGS = List.of(
            "serve",
            "--spring.main.web-application-type=servlet",
            "--server.port=8080",
            "--observatory.data-dir=/srv/observatory/data",
            "--observatory.feeds.nomis-claimant-count.url=https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv");

    @Test
    void fromTheExecutableJarTheRunIsTheSameJarWithTheServersOptionsAndSettingsButNotItsAgentsOrWebServer()
            throws Exception {
        Path jar = jar("observatory-jobs.jar", "london.observatory.jobs.cli.ObservatoryMain");

        assertThat(NightlyProcess.command(
                        "/opt/jdk",
                        jar.toString(),
                        List.of(
                                "-Xmx2g",
                                "-XX:SharedArchiveFile=app.jsa",
                                "-javaagent:/x/jacoco.jar",
                                "-agentlib:jdwp=transport=dt_socket"),
                        SERVE_ARGS))
                .containsExactly(
                        "/opt/jdk/bin/java",
                        "-Xmx2g",
                        "-XX:SharedArchiveFile=app.jsa",
                        "-jar",
                        jar.toString(),
                        "nightly",
                        "--observatory.data-dir=/srv/observatory/data",
                        "--observatory.feeds.nomis-claimant-count.url=https://www.nomisweb.co.uk/api/v01/dataset/"
                                + "NM_162_1.data.csv");
    }

    @Test
    void fromAClassPathOrAnotherKindOfJarTheRunStartsTheObservatorysMainClass() throws Exception {
        String classPath = "/repo/jobs/target/classes" + File.pathSeparator + "/m2/duckdb.jar";
        Path booter = jar("surefirebooter.jar", null);

        assertThat(NightlyProcess.command("/opt/jdk", classPath, List.of(), List.of("serve")))
                .containsExactly(
                        "/opt/jdk/bin/java",
                        "-cp",
                        classPath,
                        "london.observatory.jobs.cli.ObservatoryMain",
                        "nightly");
        assertThat(NightlyProcess.command("/opt/jdk", booter.toString(), List.of(), List.of("serve")))
                .containsExactly(
                        "/opt/jdk/bin/java",
                        "-cp",
                        booter.toString(),
                        "london.observatory.jobs.cli.ObservatoryMain",
                        "nightly");
    }

    /** A jar with a manifest; {@code startClass} as Spring Boot's executable jars name their application. */
    private Path jar(String name, String startClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (startClass != null) {
            manifest.getMainAttributes().putValue("Start-Class", startClass);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it needs
        }
        return jar;
    }
}
