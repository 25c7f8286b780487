package london.observatory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's layout names exactly the engine's packages on disk, so a newcomer's map is the territory. */
class ReadmeLayoutTest {

    /** A package in the layout block: indented under {@code pipeline/}, a name and a slash, then what it holds. */
    private static final Pattern PACKAGE = Pattern.compile("^ {19}([a-z]+)/ ");

    @Test
    void theLayoutListsEveryPipelinePackageAndNoOther() throws IOException {
        Path root = Path.of(System.getProperty("observatory.repo.root"));
        String readme = Files.readString(root.resolve("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"), readme.indexOf("## Feeds"));
        Set<String> listed = new TreeSet<>();
        layout.lines().map(PACKAGE::matcher).filter(Matcher::find).forEach(m -> listed.add(m.group(1)));

        Set<String> onDisk;
        try (Stream<Path> dirs = Files.list(root.resolve("pipeline/src/main/java/london/observatory"))) {
            onDisk = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(listed).isEqualTo(onDisk);
    }
}
