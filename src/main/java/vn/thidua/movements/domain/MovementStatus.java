package vn.thidua.movements.domain;

import java.util.Optional;

/**
 * A movement is drafted, launched (phát động, with its document), then closed with its results (tổng kết): Luật Thi
 * đua, khen thưởng 2022, Điều 17 (from launching to the review and awards). Each step is allowed from one state only.
 */
public enum MovementStatus {
    DRAFT,
    LAUNCHED,
    CLOSED;

    /** The refusal's message key when the step cannot be taken from this state, empty when it can. */
    public Optional<String> refusesLaunch() {
        return this == DRAFT ? Optional.empty() : Optional.of("movement.launch.notDraft");
    }

    public Optional<String> refusesClose() {
        return this == LAUNCHED ? Optional.empty() : Optional.of("movement.close.notLaunched");
    }

    /** A closed movement is kept as it was reported. */
    public Optional<String> refusesEdit() {
        return this == CLOSED ? Optional.of("movement.edit.closed") : Optional.empty();
    }
}
