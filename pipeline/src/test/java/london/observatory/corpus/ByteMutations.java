package london.observatory.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** Mutations that know nothing of the format: they cut, flip and replace bytes, or wrap the file. */
final class ByteMutations {

    private ByteMutations() {}

    static List<Mutation> all(String fileName) {
        return List.of(
                Mutation.fixed("empty", bytes -> new byte[0]),
                Mutation.seeded("truncate", 8, ByteMutations::truncate),
                Mutation.seeded("byte-flip", 8, ByteMutations::flip),
                Mutation.seeded("binary-junk", 4, ByteMutations::junk),
                Mutation.seeded("junk-prefix", 2, (bytes, random) -> concat(randomBytes(random, 64), bytes)),
                Mutation.seeded("nul-bytes", 2, ByteMutations::nulBytes),
                Mutation.fixed("gzip", ByteMutations::gzip),
                Mutation.fixed(
                        "html-login-page",
                        bytes -> ("<!DOCTYPE html><html><head><title>Sign in</title>"
                                        + "</head><body>Please sign in</body></html>")
                                .getBytes(StandardCharsets.UTF_8)),
                Mutation.fixed("zip-instead", bytes -> Zips.of(List.of(new Zips.Entry(fileName, bytes)))));
    }

    static byte[] truncate(byte[] bytes, SplittableRandom random) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    static byte[] flip(byte[] bytes, SplittableRandom random) {
        byte[] flipped = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && flipped.length > 0; i++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return flipped;
    }

    static byte[] junk(byte[] bytes, SplittableRandom random) {
        return randomBytes(random, 1 + random.nextInt(4096));
    }

    static byte[] nulBytes(byte[] bytes, SplittableRandom random) {
        byte[] out = bytes.clone();
        for (int i = 0; i < 3 && out.length > 0; i++) {
            out[random.nextInt(out.length)] = 0;
        }
        return out;
    }

    static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
