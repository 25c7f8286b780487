package london.observatory.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The observatory's application: the nightly Spring Batch job and the command that runs it. The command line
 * starts it from {@code cli.ObservatoryMain}, which runs the commands that read a release without it.
 */
@SpringBootApplication(
        // the web server's parts (observatory serve is web.ServeApplication): the nightly run starts faster without
        excludeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
            "org.springdoc.core.configuration.SpringDocConfiguration"
        })
@ConfigurationPropertiesScan
public class ObservatoryApplication {}
