package london.observatory.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyst views shipped in the schemas module: {@code observatory/views/index.txt} lists the
 * {@code .sql} files of that folder in the order to run them (blank lines and {@code #} comments
 * ignored). A class path cannot be listed portably, hence the index. No index = no views.
 */
final class ViewScripts {

    static final String FOLDER = "observatory/views/";

    private ViewScripts() {
    }

    /** (file name, SQL text) of each listed script, in index order. */
    static List<String[]> load(ClassLoader loader) {
        String index = read(loader, FOLDER + "index.txt");
        List<String[]> scripts = new ArrayList<>();
        if (index == null) {
            return scripts;
        }
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String sql = read(loader, FOLDER + name);
            if (sql == null) {
                throw new PublishException("view script listed in " + FOLDER + "index.txt is missing: " + name);
            }
            scripts.add(new String[] {name, sql});
        }
        return scripts;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
