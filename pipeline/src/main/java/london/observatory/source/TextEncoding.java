package london.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out how a text file is encoded, for sources that do not say: council exports come as UTF-8
 * with or without a byte order mark, or as Windows-1252 (Excel's "CSV" on Windows, where {@code £} is
 * byte A3). A file that decodes as strict UTF-8 is UTF-8; anything else is read as Windows-1252, which
 * decodes every byte, so nothing is lost and nothing throws halfway through a run.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {}

    /** The named charset, or the detected one for {@code null}, blank or {@code auto}. */
    public static Charset resolve(String name, Path file) throws IOException {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return detect(file);
        }
        return Charset.forName(name);
    }

    public static Charset detect(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                if (utf8.decode(in, out, end).isError()) {
                    return WINDOWS_1252;
                }
                in.compact();
                out.clear();
            }
            if (utf8.flush(out).isError()) {
                return WINDOWS_1252;
            }
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
        return StandardCharsets.UTF_8;
    }
}
