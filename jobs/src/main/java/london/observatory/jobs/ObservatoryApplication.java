package london.observatory.jobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The observatory's application: the nightly Spring Batch job and the command line that runs it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ObservatoryApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ObservatoryApplication.class);
        System.exit(SpringApplication.exit(app.run(args)));
    }
}
