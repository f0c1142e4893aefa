package vn.thidua.proposals.domain;

/** Who proposes: the bloc (through its leading unit), one member unit for itself, or the board. */
public enum ProposerLevel {
    BLOC,
    UNIT,
    BOARD
}
