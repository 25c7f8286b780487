package london.observatory.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /api/openapi.json} says about the API as a whole; each endpoint describes itself. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI observatoryApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("London Social Evidence Observatory API")
                        .version("1")
                        .description("Housing, jobs, debt and mental health for every London neighbourhood (LSOA 2021,"
                                + " MSOA 2021, ward, borough, London). Every answer comes from one published release,"
                                + " named in X-Observatory-Release, and carries an ETag per release. Open by default;"
                                + " an operator's API token (Authorization: Bearer) reads exact record-derived values"
                                + " and restricted indicators. Errors are RFC 9457 problem details.")
                        .license(new License()
                                .name("Open Government Licence v3.0 (open indicators; see each"
                                        + " indicator's licence)")))
                .schemaRequirement(
                        "token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
    }
}
