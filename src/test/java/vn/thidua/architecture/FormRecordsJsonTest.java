package vn.thidua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.accounts.AccountChange;
import vn.thidua.accounts.AccountCommand;
import vn.thidua.accounts.ServiceAccountCommand;
import vn.thidua.cycle.ConferenceCommand;
import vn.thidua.cycle.CovenantCommand;
import vn.thidua.cycle.LaunchCommand;
import vn.thidua.cycle.SignCommand;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthoritySuccessionCommand;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.SuccessionCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.rules.ParameterCommand;

/**
 * The forms that became records are also bodies of the API: their JSON keeps the property names
 * the JavaBeans had, both ways.
 */
class FormRecordsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> bodies() {
        Map<Class<? extends Record>, List<String>> names = Map.ofEntries(
                Map.entry(
                        AccountCommand.class,
                        List.of("username", "fullName", "role", "authorityId", "unitId", "councilMemberId", "email")),
                Map.entry(
                        AccountChange.class,
                        List.of(
                                "enabled",
                                "role",
                                "authorityId",
                                "unitId",
                                "councilMemberId",
                                "fullName",
                                "email",
                                "unlock",
                                "removeTwoFactor")),
                Map.entry(ServiceAccountCommand.class, List.of("name", "role", "authorityId", "unitId")),
                Map.entry(AuthorityCommand.class, List.of("code", "name", "kind")),
                Map.entry(
                        UnitCommand.class,
                        List.of("authorityId", "name", "shortName", "kind", "email", "phone", "version")),
                Map.entry(BlocCommand.class, List.of("authorityId", "name", "kind", "description", "version")),
                Map.entry(
                        BlocYearCommand.class,
                        List.of(
                                "year",
                                "memberUnitIds",
                                "leaderUnitId",
                                "deputyUnitId",
                                "councilMemberId",
                                "flagQuota",
                                "note",
                                "version")),
                Map.entry(SuccessionCommand.class, List.of("successorUnitId", "kind", "effectiveOn", "legalBasis")),
                Map.entry(
                        AuthoritySuccessionCommand.class,
                        List.of("kind", "successorAuthorityId", "newName", "effectiveOn", "legalBasis")),
                Map.entry(CouncilMemberCommand.class, List.of("fullName", "position")),
                Map.entry(LaunchCommand.class, List.of("launchedOn", "text", "movements", "version")),
                Map.entry(
                        ConferenceCommand.class,
                        List.of(
                                "heldOn",
                                "place",
                                "hostUnitId",
                                "chair",
                                "secretary",
                                "attendees",
                                "guests",
                                "agenda",
                                "adopted",
                                "outcomes",
                                "version")),
                Map.entry(CovenantCommand.class, List.of("targets", "version")),
                Map.entry(SignCommand.class, List.of("signerName", "signerPosition", "version")),
                Map.entry(
                        ParameterCommand.class,
                        List.of(
                                "key",
                                "value",
                                "verified",
                                "note",
                                "reason",
                                "validFrom",
                                "validTo",
                                "authorityId",
                                "instrument",
                                "article",
                                "clause",
                                "point",
                                "version")));
        return names.entrySet().stream().map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aFormRecordReadsAndWritesTheSameJsonPropertiesAsBefore(
            String name, Class<? extends Record> type, List<String> properties) throws Exception {
        Record sample = sample(type);

        JsonNode written = JSON.valueToTree(sample);
        List<String> keys = new ArrayList<>(written.propertyNames());
        assertThat(keys).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(JSON.treeToValue(written, type)).isEqualTo(sample);
    }

    /** Every component set to a value of its type, so that a property read into the wrong one shows. */
    private static Record sample(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = valueOf(types[i], components[i].getName(), i);
            assertThat(values[i]).as(components[i].getName()).isNotNull();
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object valueOf(Class<?> type, String name, int i) {
        if (type == String.class) {
            return name + " mẫu";
        }
        if (type == Long.class) {
            return 100L + i;
        }
        if (type == Integer.class) {
            return 2000 + i;
        }
        if (type == Boolean.class) {
            return i % 2 == 0;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("0.75");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 1, 1 + i);
        }
        if (type == List.class) {
            return List.of(1L, 2L);
        }
        return type.isEnum() ? type.getEnumConstants()[0] : null;
    }
}
