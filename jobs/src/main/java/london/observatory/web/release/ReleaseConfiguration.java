package london.observatory.web.release;

import london.observatory.jobs.ObservatoryProperties;
import london.observatory.release.ReleaseLayout;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data directory's releases, and the filter that gives each request one of them. */
@Configuration(proxyBeanMethods = false)
class ReleaseConfiguration {

    @Bean
    ReleaseLayout releaseLayout(ObservatoryProperties properties) {
        return new ReleaseLayout(properties.dataDir());
    }

    /** After Spring Security's filters (order -100), so the caller's access is known when the tier is chosen. */
    @Bean
    FilterRegistrationBean<ReleaseFilter> releaseFilter(ServedReleases releases) {
        FilterRegistrationBean<ReleaseFilter> registration = new FilterRegistrationBean<>(new ReleaseFilter(releases));
        registration.setOrder(0);
        return registration;
    }
}
