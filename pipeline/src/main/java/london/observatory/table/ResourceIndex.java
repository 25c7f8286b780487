package london.observatory.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas module's folders of descriptors and scripts each carry an {@code index.txt} naming their
 * entries in the order to use them (blank lines and {@code #} comments ignored): a class path cannot be
 * listed portably, and the order matters (feeds run in it, views are created in it).
 */
public final class ResourceIndex {

    private ResourceIndex() {}

    /** Entries of {@code folder/index.txt}; empty when there is no index. */
    public static List<String> entries(ClassLoader loader, String folder) {
        String index = read(loader, folder + "index.txt");
        List<String> names = new ArrayList<>();
        if (index != null) {
            for (String line : index.split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** A resource's text, or null when it does not exist. */
    public static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
