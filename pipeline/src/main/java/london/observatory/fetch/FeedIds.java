package london.observatory.fetch;

import java.util.regex.Pattern;

/** Feed ids become folder and file names, so only plain slugs are accepted. */
final class FeedIds {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private FeedIds() {}

    static String checked(String feedId) {
        if (feedId == null || !SLUG.matcher(feedId).matches()) {
            throw new IllegalArgumentException("feed id must be a lower-case slug, was: " + feedId);
        }
        return feedId;
    }
}
