package vn.thidua.voting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The written opinion (ý kiến bằng văn bản) of an elector absent from the conference, from its
 * signed letter: entered by one person with the letter attached, counted only when a second person
 * confirms it, who is not the one who entered it and not of the leading unit (the board, or a
 * member of the counting committee). It is counted as that elector's ballot, encrypted like any
 * other; an elector who votes itself first is never pre-empted by an entry for it.
 */
@Service
public class WrittenOpinions {

    public record Letter(String fileName, byte[] content) {}

    private final VoteAccess access;
    private final VoteStore votes;
    private final BallotBoxStore store;
    private final BallotBox box;
    private final BlocService blocs;
    private final Checks checks;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final UploadLimit limit;

    WrittenOpinions(
            VoteAccess access,
            VoteStore votes,
            BallotBoxStore store,
            BallotBox box,
            BlocService blocs,
            Checks checks,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            UploadLimit limit) {
        this.access = access;
        this.votes = votes;
        this.store = store;
        this.box = box;
        this.blocs = blocs;
        this.checks = checks;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.limit = limit;
    }

    @Transactional
    public void enter(CurrentUser user, long voteId, WrittenOpinionEntry entry, Letter letter) {
        VoteStore.VoteRow vote = access.lock(voteId);
        if (!access.managesOrCounts(user, vote)) {
            throw checks.forbidden("vote.written.notAllowed");
        }
        access.claim(vote, entry.version());
        String field = field(vote);
        Elector elector = VoteAccess.elector(vote.electorateKind(), entry.unitId(), entry.councilMemberId())
                .filter(e -> votes.isElector(voteId, e))
                .orElseThrow(() -> checks.refusal(
                        field,
                        vote.electorateKind() == VoteElectorate.COUNCIL
                                ? "vote.written.notCouncil"
                                : "vote.written.notElector"));
        if (vote.method() != VoteMethod.SECRET_BALLOT || !vote.encrypted()) {
            throw checks.refusal(field, "vote.paper.notOpenBallot");
        }
        access.require(() -> vote.status().requireOpen());
        if (votes.hasVoted(voteId, elector)) {
            throw checks.conflict("vote.written.hasVoted");
        }
        // only for the absent, known by name: an elector in the room casts its own ballot
        if (!votes.attendanceRecorded(voteId)) {
            throw checks.refusal(field, "vote.written.needsAttendance");
        }
        if (votes.present(voteId, elector)) {
            throw checks.refusal(field, "vote.written.present");
        }
        int present = vote.present() == null ? 0 : vote.present();
        if (present + store.written(voteId).size() >= vote.electorate()) {
            throw checks.refusalWorded(
                    field, "vote.written.tooMany", ElectorWording.of(vote.electorateKind(), "vote.written.tooMany"));
        }
        Set<Integer> positions = box.positions(
                vote, votes.options(voteId), entry.optionIds() == null ? List.of() : entry.optionIds(), "optionIds");
        if (letter == null || letter.content() == null || letter.content().length == 0) {
            throw checks.refusal("letter", "vote.written.letterRequired");
        }
        if (limit.exceededBy(letter.content().length)) {
            throw checks.refusal("letter", "vote.written.letterTooBig", limit.megabytes());
        }
        String name = FileKinds.safeName(letter.fileName());
        String type = FileKinds.contentType(name, letter.content())
                .filter(t -> t.equals("application/pdf") || t.startsWith("image/"))
                .orElseThrow(() -> checks.refusal("letter", "vote.written.letterKind"));
        if (!store.enterWritten(
                voteId,
                elector,
                json.writeValueAsString(positions),
                letter.content(),
                name,
                type,
                user.username(),
                clock.instant())) {
            throw checks.conflict("vote.written.already");
        }
        audit.recordAlone(AuditEvent.by(
                user,
                AuditAction.VOTE_WRITTEN_OPINION,
                access.authorityOf(vote),
                "biểu quyết " + voteId,
                "nhập ý kiến bằng văn bản của " + votes.electorLabel(voteId, elector)
                        + " (chờ người thứ hai xác nhận)"));
    }

    /** A confirmation refused because the elector voted itself; the entry's removal is kept. */
    static final class Superseded extends Conflict {
        Superseded(Conflict conflict) {
            super(conflict.code(), conflict.getMessage());
        }
    }

    /** The second person confirms the entry against the letter: it becomes the elector's encrypted ballot. */
    @Transactional(noRollbackFor = Superseded.class)
    public void confirm(CurrentUser user, long voteId, WrittenConfirmation request) {
        VoteStore.VoteRow vote = access.lock(voteId);
        String field = field(vote);
        Optional<Elector> named =
                VoteAccess.elector(vote.electorateKind(), request.unitId(), request.councilMemberId());
        BallotBoxStore.WrittenRow entry =
                named.flatMap(e -> store.written(voteId, e)).orElse(null);
        if (entry == null || entry.confirmed()) {
            throw checks.refusal(field, "vote.written.nothingToConfirm");
        }
        Elector elector = entry.elector();
        Optional<BlocYearScope> scope = blocs.scopeIfAny(user, vote.blocYearId());
        boolean board = scope.map(BlocYearScope::board).orElse(false);
        boolean leaderUnit = scope.map(BlocYearScope::leader).orElse(false);
        if (!board && !access.isTrustee(voteId, user) || leaderUnit) {
            throw checks.forbidden("vote.written.confirmerNotAllowed");
        }
        if (entry.enteredBy().equals(user.username())) {
            throw checks.forbidden("vote.written.samePerson");
        }
        access.claim(vote, request.version());
        access.require(() -> vote.status().requireOpen());
        if (!votes.participate(voteId, elector)) {
            // the elector voted itself after the entry: its own ballot stands, the letter is not counted
            // and its entry (with the choice in clear) goes, even though the confirmation is refused
            store.dropWritten(voteId, elector);
            throw new Superseded(checks.conflict("vote.written.hasVoted"));
        }
        if (!votes.addWritten(voteId)) {
            throw checks.refusalWorded(
                    field, "vote.written.tooMany", ElectorWording.of(vote.electorateKind(), "vote.written.tooMany"));
        }
        Set<Integer> positions = Set.copyOf(json.readValue(entry.choice(), new TypeReference<List<Integer>>() {}));
        EncryptedBallot ballot = EncryptedBallot.encrypt(
                voteId, Group.point(vote.publicKey()), votes.options(voteId).size(), vote.maxChoices(), positions);
        box.put(voteId, ballot.trackingCode(voteId), box.json(ballot));
        store.confirmWritten(voteId, elector, user.username(), clock.instant());
        audit.recordAlone(AuditEvent.by(
                user,
                AuditAction.VOTE_WRITTEN_CONFIRMED,
                access.authorityOf(vote),
                "biểu quyết " + voteId,
                "ý kiến bằng văn bản của " + votes.electorLabel(voteId, elector) + ": nhập bởi " + entry.enteredBy()
                        + ", xác nhận bởi " + user.username()));
    }

    /** The signed letter, for the managers and the committee who confirm against it. */
    @Transactional(readOnly = true)
    public Letter letter(CurrentUser user, long voteId, Long unitId, Long councilMemberId) {
        VoteStore.VoteRow vote = access.find(voteId);
        // the same people as may enter one: a council member's letter is not the leading unit's to read
        if (!access.managesOrCounts(user, vote)) {
            throw checks.forbidden("vote.written.notAllowed");
        }
        Elector elector = VoteAccess.elector(vote.electorateKind(), unitId, councilMemberId)
                .orElseThrow(() -> checks.notFound("vote.written.letterNotFound"));
        BallotBoxStore.WrittenRow entry = store.written(voteId).stream()
                .filter(w -> w.elector().equals(elector))
                .findFirst()
                .orElseThrow(() -> checks.notFound("vote.written.letterNotFound"));
        return new Letter(entry.letterName(), store.letter(voteId, elector).orElseThrow());
    }

    private static String field(VoteStore.VoteRow vote) {
        return vote.electorateKind() == VoteElectorate.COUNCIL ? "councilMemberId" : "unitId";
    }
}
