/** Plain Java: no Spring, no SQL; every reference is non-null unless marked {@code @Nullable} (checked by NullAway). */
@NullMarked
package vn.thidua.movements.domain;

import org.jspecify.annotations.NullMarked;
