package vn.thidua.onboarding;

import java.util.Map;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;

/**
 * Where a refusal of the registry's or the accounts' services is shown: the field of their command
 * it names, mapped to the column of the sheet that field was read from.
 */
final class FieldColumns {

    private static final Map<ProvinceSheet, Map<String, Column>> FIELDS = Map.of(
            ProvinceSheet.AUTHORITY,
            Map.of("code", Column.AUTHORITY_CODE, "name", Column.AUTHORITY_NAME, "kind", Column.AUTHORITY_KIND),
            ProvinceSheet.UNITS,
            Map.of(
                    "name", Column.UNIT_NAME,
                    "shortName", Column.UNIT_SHORT_NAME,
                    "kind", Column.UNIT_KIND,
                    "email", Column.UNIT_EMAIL,
                    "phone", Column.UNIT_PHONE),
            ProvinceSheet.COUNCIL,
            Map.of("fullName", Column.COUNCIL_NAME, "position", Column.COUNCIL_POSITION),
            ProvinceSheet.BLOCS,
            Map.of(
                    "name", Column.BLOC_NAME,
                    "kind", Column.BLOC_KIND,
                    "year", Column.BLOC_YEAR,
                    "memberUnitIds", Column.BLOC_MEMBERS,
                    "leaderUnitId", Column.BLOC_LEADER,
                    "deputyUnitId", Column.BLOC_DEPUTY,
                    "councilMemberId", Column.BLOC_COUNCIL_MEMBER),
            ProvinceSheet.ACCOUNTS,
            Map.of(
                    "username", Column.ACCOUNT_USERNAME,
                    "fullName", Column.ACCOUNT_FULL_NAME,
                    "email", Column.ACCOUNT_EMAIL,
                    "role", Column.ACCOUNT_ROLE,
                    "authorityId", Column.ACCOUNT_SCOPE,
                    "unitId", Column.ACCOUNT_SCOPE,
                    "councilMemberId", Column.ACCOUNT_SCOPE,
                    "enabled", Column.ACCOUNT_USERNAME));

    private FieldColumns() {}

    /** Null (the whole row) for no field or one the sheet has no column for. */
    static Column of(ProvinceSheet sheet, String field) {
        return field == null ? null : FIELDS.get(sheet).get(field);
    }
}
