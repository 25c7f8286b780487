package london.observatory.feeds.datastore;

import java.util.Objects;
import london.observatory.fetch.UrlMasker;

/**
 * The Datastore's own description of the resource whose data were last committed: which resource of
 * which dataset, and its {@code check_hash}. When the next resolve finds the same resource with the same
 * hash, the resource is not downloaded at all.
 *
 * @param url the (masked) resource URL
 */
public record ResourceState(String dataset, String resourceId, String url, String checkHash, String checkTimestamp) {

    static ResourceState of(ResolvedResource resolved) {
        return new ResourceState(resolved.dataset().id(), resolved.resource().id(), UrlMasker.mask(resolved.url()),
                resolved.checkHash(), resolved.checkTimestamp());
    }

    /** Same resource, same URL, and a {@code check_hash} that is present and unchanged. */
    boolean sameVersionAs(ResolvedResource resolved) {
        return checkHash != null
                && checkHash.equals(resolved.checkHash())
                && Objects.equals(resourceId, resolved.resource().id())
                && Objects.equals(url, UrlMasker.mask(resolved.url()));
    }
}
