package vn.thidua.onboarding;

import vn.thidua.onboarding.domain.ProvinceSheet;

/** What a name in the workbook points to. */
sealed interface Ref {

    Ref UNKNOWN = new Unknown();

    /** A record of the registry, or one a row of this import created. */
    record Found(long id) implements Ref {}

    /** A row of the workbook that was to create it, and is wrong. */
    record Broken(ProvinceSheet sheet, int row) implements Ref {}

    /** Neither in the workbook nor in the registry. */
    record Unknown() implements Ref {}
}
