/** When a step of the calendar calls for a notice: plain Java, no Spring, no SQL. */
@NullMarked
package vn.thidua.reminders.domain;

import org.jspecify.annotations.NullMarked;
