package london.observatory.corpus;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * One way of breaking a file: a name, how many seeds the corpus tries it with (1 for a mutation that makes no
 * random choice) and the function from the base file's bytes and a random source seeded by the input's seed.
 */
public record Mutation(String name, int seeds, BiFunction<byte[], SplittableRandom, byte[]> apply) {

    public static Mutation fixed(String name, java.util.function.Function<byte[], byte[]> apply) {
        return new Mutation(name, 1, (bytes, random) -> apply.apply(bytes));
    }

    public static Mutation seeded(String name, int seeds, BiFunction<byte[], SplittableRandom, byte[]> apply) {
        return new Mutation(name, seeds, apply);
    }
}
