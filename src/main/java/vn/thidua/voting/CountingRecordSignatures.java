package vn.thidua.voting;

import java.util.Optional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.signatures.SignedDocuments;

/**
 * The signatures (ký số) of a counted vote's counting record, which {@code reports} draws and keeps
 * signed: the vote's page shows them through this, implemented there (reports uses voting, not the
 * other way round).
 */
public interface CountingRecordSignatures {

    /**
     * The record's places, signed or awaited, for a user who may apply a signature; empty otherwise or until counted.
     */
    Optional<SignedDocuments.State> state(CurrentUser user, VoteView vote);

    boolean tokenConfigured();
}
