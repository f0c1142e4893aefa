package vn.thidua.voting;

/** Secret ballot (each elector casts one ballot), show of hands (the chair records counts), acclamation (unanimous of those present). */
public enum VoteMethod {
    SECRET_BALLOT, SHOW_OF_HANDS, ACCLAMATION
}
