package london.observatory.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The observatory's application: the nightly Spring Batch job and the command that runs it. The command line
 * starts it from {@code cli.ObservatoryMain}, which runs the commands that read a release without it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ObservatoryApplication {}
