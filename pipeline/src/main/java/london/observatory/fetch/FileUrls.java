package london.observatory.fetch;

import java.net.URI;
import java.nio.file.Path;

/**
 * {@code file:} URLs as the descriptors write them: absolute ({@code file:/x/y}, {@code file:///x/y})
 * or relative to the working directory ({@code file:data-samples/...}), so the defaults work from
 * a fresh checkout without knowing where it lives.
 */
public final class FileUrls {

    private FileUrls() {}

    public static boolean isFile(String url) {
        return url.regionMatches(true, 0, "file:", 0, 5);
    }

    /** The last segment of any URL's path, query and fragment dropped: the name the source gave the file. */
    public static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The local path a {@code file:} URL names; relative ones resolve against the working directory. */
    public static Path toPath(String url) {
        return toPath(url, Path.of("").toAbsolutePath());
    }

    /** A relative {@code file:} URL made absolute against {@code base}; any other URL unchanged. */
    public static String absolute(String url, Path base) {
        if (!isFile(url) || !URI.create(url).isOpaque()) {
            return url;
        }
        return toPath(url, base.toAbsolutePath()).toUri().toString();
    }

    static Path toPath(String url, Path workingDirectory) {
        URI uri = URI.create(url);
        if (uri.isOpaque()) {
            return workingDirectory.resolve(uri.getSchemeSpecificPart()).normalize();
        }
        return Path.of(uri);
    }
}
