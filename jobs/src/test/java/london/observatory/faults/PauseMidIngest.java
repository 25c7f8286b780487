package london.observatory.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A deterministic fault point: the run pauses right after its N-th ingest chunk, says so by creating the
 * file {@code paused} in the signal folder, and goes on once a test creates {@code resume} there (or after
 * a minute, so a broken test never leaves a process behind). Added to a run only by naming it in
 * {@code --spring.main.sources}.
 */
@Configuration(proxyBeanMethods = false)
public class PauseMidIngest {

    public static final String PAUSED = "paused";
    public static final String RESUME = "resume";
    private static final Duration MOST = Duration.ofMinutes(1);

    @Bean
    ChunkListener<Object, Object> pauseAfterChunk(
            @Value("${observatory.test.pause-after-chunk}") int chunk,
            @Value("${observatory.test.signals}") Path signals) {
        AtomicInteger written = new AtomicInteger();
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> items) {
                if (written.incrementAndGet() == chunk) {
                    pause(signals);
                }
            }
        };
    }

    private static void pause(Path signals) {
        try {
            Files.createFile(signals.resolve(PAUSED));
            long deadline = System.nanoTime() + MOST.toNanos();
            while (!Files.exists(signals.resolve(RESUME)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot pause mid-ingest in " + signals, e);
        }
    }
}
