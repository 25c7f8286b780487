package london.observatory.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One ZIP entry's inflated bytes, counted as they are read: fails once they pass the entry's bound or, past
 * {@link ReadLimits#RATIO_GRACE_BYTES}, once they pass {@link ReadLimits#maxCompressionRatio()} times the
 * entry's compressed size (a ZIP bomb: a few KB that inflate to gigabytes). The sizes an archive declares are
 * not trusted; what inflates is.
 */
public final class BoundedEntryStream extends FilterInputStream {

    private final String archive;
    private final String entry;
    private final long compressedSize;
    private final long maxBytes;
    private final String bound;
    private final ReadLimits limits;
    private long read;
    private RejectedInputException failure;

    private BoundedEntryStream(
            InputStream in,
            String archive,
            String entry,
            long compressedSize,
            long maxBytes,
            String bound,
            ReadLimits limits) {
        super(in);
        this.archive = archive;
        this.entry = entry;
        this.compressedSize = Math.max(1, compressedSize);
        this.maxBytes = maxBytes;
        this.bound = bound;
        this.limits = limits;
    }

    /** {@code entry} of {@code zip} (named {@code archive} in messages), bounded by {@link ReadLimits#maxEntryBytes()}. */
    public static BoundedEntryStream open(ZipFile zip, ZipEntry entry, String archive, ReadLimits limits)
            throws IOException {
        return open(zip, entry, archive, limits.maxEntryBytes(), "maxEntryBytes", limits);
    }

    /** {@code entry} of {@code zip}, bounded by {@code maxBytes}, the read limit named {@code bound}. */
    public static BoundedEntryStream open(
            ZipFile zip, ZipEntry entry, String archive, long maxBytes, String bound, ReadLimits limits)
            throws IOException {
        return new BoundedEntryStream(
                zip.getInputStream(entry),
                archive,
                entry.getName(),
                entry.getCompressedSize(),
                maxBytes,
                bound,
                limits);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws RejectedInputException {
        read += n;
        if (read > maxBytes) {
            throw fail(new RejectedInputException(
                    archive,
                    "has an entry " + Snippet.of(entry, 100) + " that inflates to more than "
                            + ReadLimits.name(bound, maxBytes, "bytes")));
        }
        if (read > ReadLimits.RATIO_GRACE_BYTES && read > compressedSize * limits.maxCompressionRatio()) {
            throw fail(new RejectedInputException(
                    archive,
                    String.format(
                            Locale.ROOT,
                            "has an entry %s that inflates more than %s its compressed %,d bytes: a ZIP bomb?",
                            Snippet.of(entry, 100),
                            ReadLimits.name("maxCompressionRatio", limits.maxCompressionRatio(), "times"),
                            compressedSize)));
        }
    }

    private RejectedInputException fail(RejectedInputException rejected) {
        failure = rejected;
        return rejected;
    }

    /**
     * Why this stream stopped, or null: a parser reading it (StAX) may pass on only the message of what it
     * threw, and the caller should tell the rejection itself.
     */
    public RejectedInputException failure() {
        return failure;
    }

    /** Inflated bytes read so far. */
    public long bytesRead() {
        return read;
    }
}
