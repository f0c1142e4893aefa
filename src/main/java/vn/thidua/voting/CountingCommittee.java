package vn.thidua.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The counting committee (ban kiểm phiếu) of an on-line secret ballot: named on the draft vote,
 * each trustee registers the public part of a key it made on its own device; the vote's key is
 * their sum, so no ballot can be opened without every one of them. At closing each trustee opens
 * its part of the totals (never of a ballot) with a proof; when the last part is in, the totals
 * are known and the vote is verified. A trustee who does not come leaves the vote waiting.
 */
@Service
public class CountingCommittee {

    /** At least two, so that no one person holds the key; at most seven, as a committee is. */
    public static final int MIN_TRUSTEES = 2;

    public static final int MAX_TRUSTEES = 7;

    private final VoteStore votes;
    private final BallotBoxStore store;
    private final AccountService accounts;
    private final BlocService blocs;
    private final Messages messages;
    private final Checks checks;
    private final AuditLog audit;
    private final JsonMapper json;
    private final java.time.Clock clock;

    private final BallotBox box;

    CountingCommittee(
            VoteStore votes,
            BallotBoxStore store,
            AccountService accounts,
            BlocService blocs,
            Messages messages,
            Checks checks,
            AuditLog audit,
            JsonMapper json,
            java.time.Clock clock,
            BallotBox box) {
        this.box = box;
        this.votes = votes;
        this.store = store;
        this.accounts = accounts;
        this.blocs = blocs;
        this.messages = messages;
        this.checks = checks;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The trustees named by username, each an enabled person's account with standing in the vote:
     * the board of the bloc's authority, an officer of a member unit, or for a council vote one of
     * the council's members. Returns (username, label) pairs; refusals go to the collector.
     */
    List<String[]> resolve(BlocYearScope scope, boolean council, List<String> usernames, Checks.Collector check) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username != null && !username.isBlank()) {
                distinct.add(username.strip());
            }
        }
        if (distinct.size() < MIN_TRUSTEES || distinct.size() > MAX_TRUSTEES || distinct.size() != usernames.size()) {
            check.reject("trustees", "vote.committee.size", MIN_TRUSTEES, MAX_TRUSTEES);
            return List.of();
        }
        long authority = scope.bloc().authorityId();
        Set<Long> members =
                new HashSet<>(scope.year().members().stream().map(m -> m.id()).toList());
        List<String[]> trustees = new ArrayList<>();
        Set<String> sides = new HashSet<>();
        for (String username : distinct) {
            AccountView account = accounts.findByUsername(username).orElse(null);
            boolean eligible = account != null
                    && account.enabled()
                    && !account.service()
                    && (account.role() == Role.BOARD
                                    && account.authorityId() != null
                                    && account.authorityId() == authority
                            || account.role() == Role.UNIT_OFFICER
                                    && account.unitId() != null
                                    && members.contains(account.unitId())
                            || council
                                    && account.role() == Role.COUNCIL_MEMBER
                                    && account.authorityId() != null
                                    && account.authorityId() == authority);
            if (!eligible) {
                check.reject("trustees", "vote.committee.notEligible", username);
            } else if (!sides.add(side(account))) {
                // every share held by one side would let that side open any ballot: one trustee per unit,
                // one for the board, one per council member
                check.reject("trustees", "vote.committee.sameSide", username);
            } else {
                String scopeName = account.scopeName();
                trustees.add(
                        new String[] {username, account.fullName() + (scopeName.isBlank() ? "" : " – " + scopeName)});
            }
        }
        return trustees;
    }

    /** Whom a trustee answers to: its unit, the board of its authority, or itself as a council member. */
    private static String side(AccountView account) {
        return account.role() == Role.UNIT_OFFICER
                ? "unit:" + account.unitId()
                : account.role() == Role.COUNCIL_MEMBER
                        ? "council:" + account.councilMemberId()
                        : "board:" + account.authorityId();
    }

    /** The people who may sit on the committee of a vote of this bloc year, by name. */
    @Transactional(readOnly = true)
    public List<AccountView> candidates(BlocYearScope scope, boolean council) {
        Set<Long> members =
                new HashSet<>(scope.year().members().stream().map(m -> m.id()).toList());
        return accounts.peopleOf(scope.bloc().authorityId()).stream()
                .filter(a -> a.role() == Role.BOARD
                        || a.role() == Role.UNIT_OFFICER && a.unitId() != null && members.contains(a.unitId())
                        || council && a.role() == Role.COUNCIL_MEMBER)
                .toList();
    }

    void replace(long voteId, List<String[]> trustees) {
        store.replaceTrustees(voteId, trustees);
    }

    /** Names (or names again) the committee of a draft vote, e.g. a council vote made when công khai closed. */
    @Transactional
    public void name(CurrentUser user, long voteId, List<String> usernames) {
        VoteStore.VoteRow vote = votes.findForUpdate(voteId).orElseThrow(() -> notFound(voteId));
        BlocYearScope scope = blocs.scope(user, vote.blocYearId());
        VotingService.requireManager(scope, vote.electorateKind());
        Checks.Collector check = checks.none();
        if (!vote.encrypted()) {
            check.reject("trustees", "vote.committee.notEncrypted");
        } else if (vote.status() != VoteStatus.DRAFT) {
            check.reject("trustees", "vote.alreadyOpened");
        }
        List<String[]> trustees = resolve(
                scope,
                vote.electorateKind() == VoteElectorate.COUNCIL,
                usernames == null ? List.of() : usernames,
                check);
        check.throwIfInvalid();
        store.replaceTrustees(voteId, trustees);
        audit.record(AuditEvent.by(
                user,
                AuditAction.VOTE_COMMITTEE_NAMED,
                scope.bloc().authorityId(),
                "biểu quyết " + voteId,
                String.join(", ", trustees.stream().map(t -> t[0]).toList())));
    }

    public List<VoteView.Trustee> members(long voteId) {
        return store.trustees(voteId).stream()
                .map(t -> new VoteView.Trustee(
                        t.id(), t.username(), t.label(), t.publicKey(), t.registered(), t.decrypted()))
                .toList();
    }

    /** The box of a closed vote as its trustees add it up themselves: each ballot's ciphertexts only, no proof. */
    @Transactional(readOnly = true)
    public List<List<VoteView.CipherPair>> boxFor(CurrentUser user, long voteId) {
        trusteeOf(user, voteId);
        return box.ballots(voteId).stream()
                .map(b -> {
                    List<VoteView.CipherPair> pairs = new ArrayList<>();
                    b.options().forEach(o -> pairs.add(new VoteView.CipherPair(o.a(), o.b())));
                    pairs.add(new VoteView.CipherPair(b.blank().a(), b.blank().b()));
                    return pairs;
                })
                .toList();
    }

    public boolean isTrustee(long voteId, CurrentUser user) {
        return store.trustees(voteId).stream().anyMatch(t -> t.username().equals(user.username()));
    }

    /** The signed-in trustee registers the public part of its key share, with its proof; once, before the vote opens. */
    @Transactional
    public VoteView.Trustee registerKey(CurrentUser user, long voteId, KeyShare share) {
        VoteStore.VoteRow vote = votes.findForUpdate(voteId).orElseThrow(() -> notFound(voteId));
        BallotBoxStore.TrusteeRow trustee = trusteeOf(user, voteId);
        if (vote.status() != VoteStatus.DRAFT) {
            throw checks.refusal("key", "vote.alreadyOpened");
        }
        if (trustee.registered()) {
            throw checks.refusal("key", "vote.committee.keyAlready");
        }
        if (share == null || !share.verifies(KeyShare.context(voteId, trustee.id()))) {
            throw checks.refusal("key", "vote.committee.keyProof");
        }
        store.registerKey(trustee.id(), share.publicKey(), share.commitment(), share.response(), clock.instant());
        String joint = box.jointKey(voteId);
        if (joint != null) {
            store.setPublicKey(voteId, joint);
        }
        auditOf(vote, user, AuditAction.VOTE_KEY_REGISTERED, "khóa " + share.publicKey());
        return members(voteId).stream()
                .filter(t -> t.id() == trustee.id())
                .findFirst()
                .orElseThrow();
    }

    /**
     * The signed-in trustee's partial decryption of every total, with its proofs. When the last
     * trustee's part is in, the totals are opened and the vote is verified.
     */
    @Transactional
    public void decrypt(CurrentUser user, long voteId, List<PartialDecryption> shares) {
        VoteStore.VoteRow vote = votes.findForUpdate(voteId).orElseThrow(() -> notFound(voteId));
        BallotBoxStore.TrusteeRow trustee = trusteeOf(user, voteId);
        try {
            vote.status().requireAwaitingCommittee();
        } catch (VoteStatus.Refused refused) {
            throw checks.refusal("shares", refused.code());
        }
        if (trustee.decrypted()) {
            throw checks.refusal("shares", "vote.committee.decryptedAlready");
        }
        List<VoteView.CipherPair> totals =
                json.readValue(vote.encryptedTotals(), new TypeReference<List<VoteView.CipherPair>>() {});
        // the totals are what the box adds up to, one per option and the blank ballots, nothing else:
        // a total written over by someone with the database's keys (a single ballot, to have it
        // opened) is refused here, and the trustee's page adds the box up itself too
        if (!totals.equals(box.sums(voteId, votes.options(voteId).size()))) {
            throw checks.refusal("shares", "vote.committee.totalsAltered");
        }
        if (shares == null || shares.size() != totals.size()) {
            throw checks.refusal("shares", "vote.committee.decryptionShape");
        }
        var key = new KeyShare(trustee.publicKey(), trustee.commitment(), trustee.response()).point();
        for (int i = 0; i < totals.size(); i++) {
            if (shares.get(i) == null
                    || !shares.get(i)
                            .verifies(
                                    KeyShare.context(voteId, trustee.id()),
                                    key,
                                    Ciphertext.of(
                                            totals.get(i).a(), totals.get(i).b()))) {
                throw checks.refusal("shares", "vote.committee.decryptionProof");
            }
        }
        store.saveDecryption(trustee.id(), json.writeValueAsString(shares), clock.instant());
        auditOf(vote, user, AuditAction.VOTE_DECRYPTION_GIVEN, "phần giải mã tổng số phiếu");
        List<BallotBoxStore.TrusteeRow> all = store.trustees(voteId);
        if (all.stream().allMatch(BallotBoxStore.TrusteeRow::decrypted)) {
            count(vote, totals, all);
            auditOf(
                    vote,
                    user,
                    AuditAction.VOTE_COUNTED,
                    "kết quả giải mã từ " + all.size() + " thành viên Ban kiểm phiếu");
        }
    }

    private void count(
            VoteStore.VoteRow vote, List<VoteView.CipherPair> totals, List<BallotBoxStore.TrusteeRow> trustees) {
        int cast = (int) votes.participants(vote.id());
        List<List<PartialDecryption>> byTotal = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            byTotal.add(new ArrayList<>());
        }
        for (BallotBoxStore.TrusteeRow trustee : trustees) {
            List<PartialDecryption> shares =
                    json.readValue(trustee.decryption(), new TypeReference<List<PartialDecryption>>() {});
            for (int i = 0; i < totals.size(); i++) {
                byTotal.get(i).add(shares.get(i));
            }
        }
        List<VoteView.Option> options = votes.options(vote.id());
        Map<Long, Integer> perOption = new HashMap<>();
        int blank = 0;
        for (int i = 0; i < totals.size(); i++) {
            OptionalInt opened = PartialDecryption.open(
                    Ciphertext.of(totals.get(i).a(), totals.get(i).b()), byTotal.get(i), cast);
            if (opened.isEmpty()) {
                // only possible if the box and the totals disagree: never publish a result then
                throw new IllegalStateException("the totals of vote " + vote.id() + " do not open to a count");
            }
            if (i < options.size()) {
                perOption.put(options.get(i).id(), opened.getAsInt());
            } else if (i == options.size()) {
                blank = opened.getAsInt();
            } else {
                throw new IllegalStateException("vote " + vote.id() + " has more totals than options and blank");
            }
        }
        votes.setCounts(vote.id(), perOption, cast, blank);
        votes.move(vote.id(), VoteStatus.CLOSED, VoteStatus.VERIFIED);
    }

    /** The public record of a verified vote: anyone with standing in it can recompute its result. */
    @Transactional(readOnly = true)
    public Bulletin bulletin(long voteId) {
        VoteStore.VoteRow vote = votes.find(voteId).orElseThrow(() -> notFound(voteId));
        if (!vote.encrypted() || vote.status() != VoteStatus.VERIFIED) {
            throw checks.refusal("status", "vote.bulletin.notYet");
        }
        List<BallotBoxStore.TrusteeRow> trustees = store.trustees(voteId);
        List<Bulletin.Trustee> committee = trustees.stream()
                .map(t -> new Bulletin.Trustee(
                        t.id(), t.label(), new KeyShare(t.publicKey(), t.commitment(), t.response())))
                .toList();
        List<VoteView.Option> options = votes.options(voteId);
        List<VoteView.CipherPair> totals = vote.encryptedTotals() == null
                ? List.of()
                : json.readValue(vote.encryptedTotals(), new TypeReference<List<VoteView.CipherPair>>() {});
        Map<Long, List<PartialDecryption>> shares = new HashMap<>();
        for (BallotBoxStore.TrusteeRow t : trustees) {
            shares.put(
                    t.id(),
                    t.decryption() == null
                            ? List.of()
                            : json.readValue(t.decryption(), new TypeReference<List<PartialDecryption>>() {}));
        }
        Map<Long, Integer> counts = votes.tally(voteId);
        int[] castAndBlank = votes.ballots(voteId);
        List<Bulletin.Total> lines = new ArrayList<>();
        for (int i = 0; i <= options.size(); i++) {
            int index = i;
            Map<Long, PartialDecryption> byTrustee = new HashMap<>();
            shares.forEach((id, list) -> {
                if (list.size() > index) {
                    byTrustee.put(id, list.get(index));
                }
            });
            VoteView.CipherPair total = totals.size() > i ? totals.get(i) : new VoteView.CipherPair("", "");
            String label = i < options.size() ? options.get(i).label() : messages.get("vote.blank");
            int count = i < options.size() ? counts.getOrDefault(options.get(i).id(), 0) : castAndBlank[1];
            lines.add(new Bulletin.Total(label, total.a(), total.b(), byTrustee, count));
        }
        List<Bulletin.Ballot> ballots = box.stored(voteId).stream()
                .map(b -> new Bulletin.Ballot(b.trackingCode(), box.parse(b.ballot())))
                .toList();
        return new Bulletin(
                voteId,
                vote.question(),
                options.stream().map(VoteView.Option::label).toList(),
                vote.maxChoices(),
                vote.electorate(),
                committee,
                vote.publicKey(),
                ballots,
                lines.subList(0, options.size()),
                lines.get(options.size()),
                votes.voters(voteId));
    }

    private BallotBoxStore.TrusteeRow trusteeOf(CurrentUser user, long voteId) {
        return store.trustees(voteId).stream()
                .filter(t -> t.username().equals(user.username()))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a trustee of vote " + voteId));
    }

    private void auditOf(VoteStore.VoteRow vote, CurrentUser user, AuditAction action, String detail) {
        long authority = blocs.authorityOfYear(vote.blocYearId());
        audit.recordAlone(AuditEvent.by(user, action, authority, "biểu quyết " + vote.id(), detail));
    }

    private NotFoundException notFound(long voteId) {
        return new NotFoundException(messages.get("vote.notFound", voteId));
    }
}
