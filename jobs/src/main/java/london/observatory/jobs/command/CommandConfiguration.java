package london.observatory.jobs.command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command line's job command, for the beans whose shape depends on it (the job, the fetcher, the runner). */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    /** An application started without a job command builds the nightly job of the configured feeds. */
    @Bean
    JobCommand jobCommand(ApplicationArguments arguments) {
        return JobCommand.of(arguments.getSourceArgs()).orElse(JobCommand.NIGHTLY);
    }
}
