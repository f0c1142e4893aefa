package vn.thidua.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.platform.security.CurrentUser;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // the signed-in user comes from the credentials, never from the request
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI thiDuaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Thi đua – Khen thưởng API")
                        .version("v1")
                        .description("Danh mục cơ quan, đơn vị, khối thi đua. Xác thực HTTP Basic; lỗi theo RFC 9457 "
                                + "(problem details) với `detail` tiếng Việt và danh sách `errors` theo trường."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
