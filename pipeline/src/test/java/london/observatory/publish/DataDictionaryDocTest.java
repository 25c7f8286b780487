package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.RepoFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-dictionary.md} is generated from the table schemas and the views' description files:
 * the committed file must be exactly what the generator writes. Run with
 * {@code -Dobservatory.regenerate-docs=true} to rewrite it (see {@link DataDictionaryMarkdown#REGENERATE}).
 */
class DataDictionaryDocTest {

    @Test
    void theCommittedDataDictionaryIsWhatTheGeneratorWrites() throws IOException {
        String generated = DataDictionaryMarkdown.generate();
        Path committed = RepoFiles.root().resolve(DataDictionaryMarkdown.PATH);
        if (Boolean.getBoolean("observatory.regenerate-docs")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String why = DataDictionaryMarkdown.PATH + " differs from what the table schemas and views/*.json generate; "
                + "regenerate it with: " + DataDictionaryMarkdown.REGENERATE;
        assertThat(committed).as(why).exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(why).isEqualTo(generated);
    }

    @Test
    void theDictionaryDescribesEveryPublishedTableAndEveryView() {
        assertThat(DataDictionaryMarkdown.generate())
                .contains(
                        "\n## areas\n",
                        "\n## indicators\n",
                        "\n## observations\n",
                        "\n## runs\n",
                        "\n## reconciliation\n",
                        "\n## ward_best_fit\n",
                        "\n## data_dictionary\n",
                        "\n## observation_rollups\n",
                        "\n## about\n",
                        "\n## time_series\n",
                        "\n## latest_values\n",
                        "\n## area_profiles\n",
                        "\n## feed_status\n")
                .contains("| `population` | BIGINT | people | Usual residents")
                .contains("| `days_late` | BIGINT | days | Days from expected_next_release");
    }
}
