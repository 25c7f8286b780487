package london.observatory.web.release;

import london.observatory.jobs.ObservatoryProperties;
import london.observatory.release.ReleaseLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data directory's releases. */
@Configuration(proxyBeanMethods = false)
class ReleaseConfiguration {

    @Bean
    ReleaseLayout releaseLayout(ObservatoryProperties properties) {
        return new ReleaseLayout(properties.dataDir());
    }
}
