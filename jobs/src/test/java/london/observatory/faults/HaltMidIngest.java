package london.observatory.faults;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A deterministic fault point: the process halts, as a killed process would (no clean-up, no shutdown
 * hooks), right after the N-th ingest chunk has been written. Added to a run only by naming it in
 * {@code --spring.main.sources}; it lives outside the application's packages so nothing else picks it up.
 */
@Configuration(proxyBeanMethods = false)
public class HaltMidIngest {

    public static final int HALTED = 137;

    @Bean
    ChunkListener<Object, Object> haltAfterChunk(@Value("${observatory.test.halt-after-chunk}") int chunk) {
        AtomicInteger written = new AtomicInteger();
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> items) {
                if (written.incrementAndGet() == chunk) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }
        };
    }
}
