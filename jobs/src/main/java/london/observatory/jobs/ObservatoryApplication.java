package london.observatory.jobs;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The observatory's application: the nightly Spring Batch job and the command that runs it. The command line
 * starts it from {@code cli.ObservatoryMain}, which runs the commands that read a release without it.
 *
 * <p>Its auto-configuration is named rather than discovered: a run starts, works and exits, and most of a run
 * with nothing new is its start (README, "Start-up"). Discovery parsed about seventy configuration classes and
 * evaluated their conditions at every start, for the job repository's database and Spring Batch; the web
 * server's, the actuator's, Jackson's, AOP's and the task executors' are not needed here ({@code observatory serve}
 * is {@code web.ServeApplication}, which discovers its own).
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({
    ConfigurationPropertiesAutoConfiguration.class,
    PropertyPlaceholderAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    DataSourceInitializationAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    BatchAutoConfiguration.class,
    BatchJdbcAutoConfiguration.class
})
@ConfigurationPropertiesScan
public class ObservatoryApplication {}
