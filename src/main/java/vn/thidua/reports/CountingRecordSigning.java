package vn.thidua.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.DocumentSigning;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.voting.CountingRecordSignatures;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * A counted vote's counting record signed (ký số) by the names of its signature block: the counting
 * committee's members (or, for a vote without ballots, the secretary) and the chair, in any order.
 * Signable once counted, since its figures then no longer change. A signature is applied by those who
 * hold the record's count: whoever runs the vote (the leading unit or the board, the board alone for
 * the council's) or sits on its counting committee (VotingService.managesOrCounts, who also enters the
 * written opinions), with the certificate of a person the block names.
 */
@Service
public class CountingRecordSigning extends DocumentSigning implements CountingRecordSignatures {

    private final CountingRecordService records;
    private final VotingService voting;
    private final BlocService blocs;
    private final Checks checks;

    CountingRecordSigning(
            CountingRecordService records,
            VotingService voting,
            BlocService blocs,
            SignedDocuments signed,
            Checks checks) {
        super(signed);
        this.records = records;
        this.voting = voting;
        this.blocs = blocs;
        this.checks = checks;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedDocuments.State> state(CurrentUser user, VoteView vote) {
        if (!vote.counted() || !voting.managesOrCounts(user, vote.id())) {
            return Optional.empty();
        }
        List<SignedDocuments.Place> places = records.places(user, vote);
        return places.isEmpty() ? Optional.empty() : Optional.of(signed.state(ref(vote.id()), places));
    }

    /** The record's places for the API, signed or awaited; refused as a step would be. */
    @Transactional(readOnly = true)
    public SignedDocuments.State state(CurrentUser user, long voteId) {
        requireSigner(user, voteId);
        VoteView vote = records.counted(user, voteId);
        return signed.state(ref(voteId), places(user, vote));
    }

    @Override
    public boolean tokenConfigured() {
        return signed.tokenConfigured();
    }

    /** Refuses (403) anyone who neither runs the vote nor counts it, before the key is even read. */
    @Override
    @Transactional(readOnly = true)
    public void requireSigner(CurrentUser user, long voteId) {
        if (!voting.managesOrCounts(user, voteId)) {
            throw checks.forbidden("countingRecord.signature.forbidden");
        }
    }

    @Override
    protected SignedDocuments.Issued issued(CurrentUser user, long voteId) {
        requireSigner(user, voteId);
        VoteView vote = records.counted(user, voteId);
        List<SignedDocuments.Place> places = places(user, vote);
        DocumentService.File pdf = signed.original(ref(voteId)).isPresent()
                ? records.countingRecord(user, voteId, DocumentService.Format.PDF)
                : records.drawn(user, vote);
        return new SignedDocuments.Issued(
                ref(voteId),
                blocs.authorityOfYear(vote.blocYearId()),
                pdf.name(),
                pdf.content(),
                blocs.get(blocs.yearById(vote.blocYearId()).blocId()).name(),
                places,
                false,
                false);
    }

    private List<SignedDocuments.Place> places(CurrentUser user, VoteView vote) {
        List<SignedDocuments.Place> places = records.places(user, vote);
        if (places.isEmpty()) {
            throw checks.conflict("countingRecord.signature.noSigners");
        }
        return places;
    }

    static SignedDocuments.Ref ref(long voteId) {
        return new SignedDocuments.Ref(SignedDocuments.Kind.COUNTING_RECORD, voteId);
    }
}
