package london.observatory.jobs.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Writes a recorded Nomis NM_162_1 response at England scale: {@code months × 34,753} LSOA11 rows in
 * guest-sized pages {@code offset-<N>.csv}, rows ordered by date then geography as Nomis returns them.
 *
 * <p>~400 MB, so each page is assembled as ASCII bytes in one array and written with a single call
 * (no String per row, no charset encoder); pages are independent, so they are written in parallel.
 * Every page has its own random stream keyed by its index, so the output does not depend on threads.
 */
final class ClaimantCountPages {

    static final int PAGE_SIZE = 25_000;
    static final int MONTHS = 290; // 2001-01 … 2025-02
    static final int FIRST_YEAR = 2001;
    static final double Q_SHARE = 0.005;

    private static final byte[] HEADER = ("DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS,"
                    + "RECORD_OFFSET,RECORD_COUNT\n")
            .getBytes(StandardCharsets.US_ASCII);

    record Stats(long rows, long missingRows, long bytes, int pages) {}

    private final long seed;
    private final int geographies = SyntheticGeography.LSOA11_COUNT;
    private final long totalRows = (long) MONTHS * SyntheticGeography.LSOA11_COUNT;
    private final byte[][] dates = new byte[MONTHS][];
    private final byte[][] codes = new byte[geographies][];
    private final double[] monthFactor = new double[MONTHS];
    private final double[] baseLevel = new double[geographies];
    private final byte[] recordCount;

    ClaimantCountPages(long seed) {
        this.seed = seed;
        for (int m = 0; m < MONTHS; m++) {
            int year = FIRST_YEAR + m / 12;
            int month = m % 12 + 1;
            dates[m] = (year + "-" + SyntheticGeography.pad(month, 2)).getBytes(StandardCharsets.US_ASCII);
            monthFactor[m] = cycle(year + (month - 1) / 12.0);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int g = 0; g < geographies; g++) {
            codes[g] = SyntheticGeography.lsoaCode(g + 1).getBytes(StandardCharsets.US_ASCII);
            double r = random.nextDouble();
            baseLevel[g] = 110 * r * r; // most areas small (zeros occur), a tail of high-claimant areas
        }
        recordCount = Long.toString(totalRows).getBytes(StandardCharsets.US_ASCII);
    }

    /** A rough economic shape so the series are not flat: the 2009 recession and the 2020 spike. */
    private static double cycle(double t) {
        return 0.8
                + 0.6 * Math.exp(-Math.pow(t - 2010, 2) / 3)
                + 1.0 * Math.exp(-Math.pow(t - 2020.7, 2) / 0.5)
                + (t >= 2018 ? 0.3 : 0);
    }

    long totalRows() {
        return totalRows;
    }

    Stats writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        int pages = (int) ((totalRows + PAGE_SIZE - 1) / PAGE_SIZE);
        LongAdder bytes = new LongAdder();
        LongAdder missing = new LongAdder();
        try {
            IntStream.range(0, pages).parallel().forEach(page -> {
                long offset = (long) page * PAGE_SIZE;
                Page p = render(page, offset, (int) Math.min(PAGE_SIZE, totalRows - offset));
                try (OutputStream out = Files.newOutputStream(dir.resolve("offset-" + offset + ".csv"))) {
                    out.write(p.buffer, 0, p.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.add(p.length);
                missing.add(p.missing);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Stats(totalRows, missing.sum(), bytes.sum(), pages);
    }

    private record Page(byte[] buffer, int length, int missing) {}

    private Page render(int page, long offset, int rows) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + page);
        byte[] buf = new byte[HEADER.length + rows * 64];
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        int pos = HEADER.length;
        int missing = 0;
        for (int i = 0; i < rows; i++) {
            long record = offset + i;
            int month = (int) (record / geographies);
            int geo = (int) (record % geographies);
            pos = put(buf, pos, dates[month]);
            buf[pos++] = ',';
            pos = put(buf, pos, codes[geo]);
            pos = put(buf, pos, TYPECODE);
            if (random.nextDouble() < Q_SHARE) {
                pos = put(buf, pos, MISSING);
                missing++;
            } else {
                double level = baseLevel[geo] * monthFactor[month] * (0.8 + 0.4 * random.nextDouble());
                int value = Math.min(400, (int) Math.round(level / 5) * 5); // DWP rounds to 5
                pos = putLong(buf, pos, value);
                pos = put(buf, pos, NORMAL);
            }
            pos = putLong(buf, pos, record);
            buf[pos++] = ',';
            pos = put(buf, pos, recordCount);
            buf[pos++] = '\n';
        }
        return new Page(buf, pos, missing);
    }

    private static final byte[] TYPECODE = ",298,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NORMAL = ",A,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MISSING = ",Q,".getBytes(StandardCharsets.US_ASCII);

    private static int put(byte[] buf, int pos, byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        return pos + bytes.length;
    }

    private static int putLong(byte[] buf, int pos, long value) {
        if (value == 0) {
            buf[pos] = '0';
            return pos + 1;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int d = pos + digits - 1; d >= pos; d--) {
            buf[d] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return pos + digits;
    }
}
