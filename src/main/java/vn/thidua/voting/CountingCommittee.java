package vn.thidua.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The counting committee (ban kiểm phiếu) of an on-line secret ballot: named on the draft vote,
 * each trustee registers the public part of a key it made on its own device; the vote's key is
 * their sum, so no ballot can be opened without every one of them. Counting with it is
 * {@link CommitteeCount}.
 */
@Service
public class CountingCommittee {

    /** At least two, so that no one person holds the key; at most seven, as a committee is. */
    public static final int MIN_TRUSTEES = 2;

    public static final int MAX_TRUSTEES = 7;

    private final VoteAccess access;
    private final VoteStore votes;
    private final BallotBoxStore store;
    private final BallotBox box;
    private final AccountService accounts;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    CountingCommittee(
            VoteAccess access,
            VoteStore votes,
            BallotBoxStore store,
            BallotBox box,
            AccountService accounts,
            Checks checks,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.votes = votes;
        this.store = store;
        this.box = box;
        this.accounts = accounts;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whom a trustee answers to: its unit, the board of its authority, or itself as a council member. */
    private record Side(Role role, Long id) {

        static Side of(AccountView account) {
            return new Side(
                    account.role(),
                    account.role() == Role.UNIT_OFFICER
                            ? account.unitId()
                            : account.role() == Role.COUNCIL_MEMBER
                                    ? account.councilMemberId()
                                    : account.authorityId());
        }
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
        Set<Side> sides = new HashSet<>();
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
            } else if (!sides.add(Side.of(account))) {
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
    public void name(CurrentUser user, long voteId, NameCommittee request) {
        VoteAccess.Managed managed = access.manage(user, voteId, request.version());
        VoteStore.VoteRow vote = managed.vote();
        BlocYearScope scope = managed.scope();
        if (!vote.encrypted()) {
            throw checks.refusal("trustees", "vote.committee.notEncrypted");
        }
        access.require(() -> vote.status().requireDraft());
        Checks.Collector check = checks.none();
        List<String[]> trustees = resolve(
                scope,
                vote.electorateKind() == VoteElectorate.COUNCIL,
                request.trustees() == null ? List.of() : request.trustees(),
                check);
        check.throwIfInvalid();
        store.replaceTrustees(voteId, trustees);
        votes.touch(voteId);
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

    public boolean isTrustee(long voteId, CurrentUser user) {
        return access.isTrustee(voteId, user);
    }

    /**
     * The signed-in trustee registers the public part of its key share, with its proof; once, before the vote opens.
     */
    @Transactional
    public VoteView.Trustee registerKey(CurrentUser user, long voteId, KeyRegistration request) {
        VoteStore.VoteRow vote = access.lock(voteId);
        BallotBoxStore.TrusteeRow trustee = access.trustee(user, voteId);
        access.claim(vote, request == null ? null : request.version());
        access.require(() -> vote.status().requireDraft());
        if (trustee.registered()) {
            throw checks.conflict("vote.committee.keyAlready");
        }
        KeyShare share = request == null ? null : request.share();
        if (share == null || !share.verifies(KeyShare.context(voteId, trustee.id()))) {
            throw checks.refusal("key", "vote.committee.keyProof");
        }
        store.registerKey(trustee.id(), share.publicKey(), share.commitment(), share.response(), clock.instant());
        String joint = box.jointKey(voteId);
        if (joint != null) {
            store.setPublicKey(voteId, joint);
        }
        audit.recordAlone(AuditEvent.by(
                user,
                AuditAction.VOTE_KEY_REGISTERED,
                access.authorityOf(vote),
                "biểu quyết " + voteId,
                "khóa " + share.publicKey()));
        return members(voteId).stream()
                .filter(t -> t.id() == trustee.id())
                .findFirst()
                .orElseThrow();
    }
}
