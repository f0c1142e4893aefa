package vn.thidua.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.platform.security.CurrentUser;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PROBLEM = "Problem";

    /** The refusals every operation may answer; a write may also meet a stale version or a wrong state (409). */
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Dữ liệu không hợp lệ (code problem.invalidInput; errors: từng trường với code của nó)",
            "401", "Chưa xác thực (code problem.unauthorized)",
            "403", "Không có quyền (code problem.forbidden hoặc mã lý do riêng)",
            "404", "Không tìm thấy (code của thứ không có, ví dụ problem.notFound)",
            "503", "Cơ sở dữ liệu không truy cập được (code DATABASE_UNAVAILABLE)");

    private static final String STATE_CONFLICT =
            "Trạng thái không cho phép bước này, hoặc bản ghi đã bị người khác sửa (code của lý do, ví dụ "
                    + "problem.conflict khi phiên bản đã cũ)";

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
                        .description("Danh mục cơ quan, đơn vị, khối thi đua. Xác thực bằng mã của tài khoản hệ thống "
                                + "(Bearer) hoặc HTTP Basic; lỗi theo RFC 9457 (problem details): `detail` tiếng Việt "
                                + "cho người đọc và `code` ổn định cho hệ thống (khoá của thông báo, ví dụ "
                                + "`proposal.step.wrongState`), không cần so khớp văn bản; dữ liệu sai có thêm "
                                + "`errors`, mỗi trường một `code`. 400 dữ liệu sai, 403 không có quyền, 404 không "
                                + "có, 409 trạng thái không cho phép hoặc phiên bản đã cũ."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Every API operation documents its refusals as problem details with their code. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // added here, after springdoc has dropped the schemas that no operation used yet
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> documentRefusals(method, operation)));
        };
    }

    static void documentRefusals(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        REFUSALS.forEach((status, description) -> responses.computeIfAbsent(status, s -> problem(description)));
        if (method != PathItem.HttpMethod.GET) {
            responses.computeIfAbsent("409", s -> problem(STATE_CONFLICT));
        }
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("trường sai"))
                .addProperty("message", new StringSchema().description("lời giải thích tiếng Việt"))
                .addProperty("code", new StringSchema().description("mã ổn định của lỗi"));
        return new ObjectSchema()
                .description("RFC 9457 problem details, với mã ổn định")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("lời giải thích tiếng Việt"))
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("mã ổn định: khoá của thông báo trong messages.properties, "
                                        + "ví dụ problem.invalidInput, problem.conflict, proposal.step.wrongState"))
                .addProperty("errors", new ArraySchema().items(error))
                .addRequiredItem("code");
    }
}
