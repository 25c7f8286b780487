package london.observatory.corpus;

/**
 * One malformed input of the corpus: the bytes of one file in one format, made from a real sample
 * ({@code base}) by one mutation with one seed. Its {@link #name} says all four, so a failing input is made
 * again from its name alone ({@link BadInputCorpus#byName}).
 *
 * @param format   which reader takes it (a {@link CorpusFormat})
 * @param base     the sample it was made from, a short name (a file name without folders)
 * @param mutation what was done to it, e.g. {@code truncate} or {@code zip-slip}
 * @param seed     the seed of the mutation's random choices (0 for a mutation without any)
 * @param fileName the name the file is given on disk (readers name it in their messages)
 * @param bytes    the file's content
 */
public record CorpusInput(CorpusFormat format, String base, String mutation, long seed, String fileName, byte[] bytes) {

    /** {@code hclic-ods/Detailed_LA_202403.ods/row-repeat/17}: format, base, mutation, seed. */
    public String name() {
        return format.id() + "/" + base + "/" + mutation + "/" + seed;
    }

    @Override
    public String toString() {
        return name() + " (" + bytes.length + " bytes)";
    }
}
