package london.observatory.publish;

import java.util.ArrayList;
import java.util.List;
import london.observatory.table.ResourceIndex;

/**
 * The analyst views shipped in the schemas module: {@code observatory/views/index.txt} lists the
 * {@code .sql} files of that folder in the order to run them (blank lines and {@code #} comments
 * ignored). A class path cannot be listed portably, hence the index. No index = no views.
 */
final class ViewScripts {

    static final String FOLDER = "observatory/views/";

    private ViewScripts() {}

    /** (file name, SQL text) of each listed script, in index order. */
    static List<String[]> load(ClassLoader loader) {
        List<String[]> scripts = new ArrayList<>();
        for (String name : ResourceIndex.entries(loader, FOLDER)) {
            String sql = ResourceIndex.read(loader, FOLDER + name);
            if (sql == null) {
                throw new PublishException("view script listed in " + FOLDER + "index.txt is missing: " + name);
            }
            scripts.add(new String[] {name, sql});
        }
        return scripts;
    }
}
