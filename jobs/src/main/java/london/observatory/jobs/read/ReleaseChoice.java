package london.observatory.jobs.read;

import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.release.ReleaseLayout;

/** The release a read command reads: the one asked for ({@code --release <id>}), else the latest. */
record ReleaseChoice(String id, Path dir) {

    static ReleaseChoice of(Path dataDir, String requested) {
        ReleaseLayout layout = new ReleaseLayout(dataDir);
        if (requested != null) {
            String id;
            try {
                id = ReleaseLayout.checked(requested);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("--release: " + e.getMessage());
            }
            if (!Files.isRegularFile(layout.release(id).resolve(ReleaseLayout.MANIFEST))) {
                throw new BadRequestException("--release: no release " + id + " in " + layout.releases() + " (kept: "
                        + String.join(", ", layout.ids()) + ")");
            }
            return new ReleaseChoice(id, layout.release(id));
        }
        String latest = layout.latestId()
                .orElseThrow(() -> new NoReleaseException("no release in " + layout.releases()
                        + "; run `observatory nightly` first, or set --observatory.data-dir"));
        return new ReleaseChoice(latest, layout.release(latest));
    }
}
