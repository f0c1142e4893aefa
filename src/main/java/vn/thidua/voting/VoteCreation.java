package vn.thidua.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.VoteRule;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.internal.VoteStore;

/**
 * A new vote, a draft: its options (labels, or candidate units of the bloc), its electorate (the
 * member units, or the authority's council) and the rule in force for its subject, copied into the
 * vote so that a later change of the parameter table never changes a vote already held.
 */
@Service
public class VoteCreation {

    private final VoteStore store;
    private final BlocService blocs;
    private final AuthorityService authorities;
    private final ParameterService parameters;
    private final CountingCommittee committee;
    private final Checks checks;
    private final Messages messages;
    private final VoteViews views;

    VoteCreation(
            VoteStore store,
            BlocService blocs,
            AuthorityService authorities,
            ParameterService parameters,
            CountingCommittee committee,
            Checks checks,
            Messages messages,
            VoteViews views) {
        this.store = store;
        this.blocs = blocs;
        this.authorities = authorities;
        this.parameters = parameters;
        this.committee = committee;
        this.checks = checks;
        this.messages = messages;
        this.views = views;
    }

    /** The options of a ballot in order: what it says, and the member unit it stands for (null for a label). */
    private record Option(String label, Long unitId) {}

    @Transactional
    public VoteView create(CurrentUser user, long yearId, VoteCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        boolean council = command.electorate() == VoteElectorate.COUNCIL;
        if (council) {
            scope.requireBoard();
        } else {
            scope.requireLeaderOrBoard();
        }
        Checks.Collector check = checks.none();
        if (command.subject() == null) {
            check.reject("subject", "vote.subject.required");
        }
        if (command.method() == null) {
            check.reject("method", "vote.method.required");
        }
        if (command.question() == null || command.question().isBlank()) {
            check.reject("question", "vote.question.required");
        } else if (command.question().length() > 1000) {
            check.reject("question", "vote.question.tooLong");
        }
        List<Option> options = options(scope, command, check);
        int maxChoices = command.maxChoices() == null ? 1 : command.maxChoices();
        if (maxChoices < 1 || !options.isEmpty() && maxChoices > options.size()) {
            check.reject("maxChoices", "vote.maxChoices.range", options.size());
        }
        if (options.size() == 1 && maxChoices == 1) {
            // a sole candidate or a single proposition: the ballot says Đồng ý (the option) or Không đồng ý
            options.add(new Option(messages.get("vote.option.disagree"), null));
        }
        List<VoteStore.ElectorRow> electors = electors(scope, council);
        if (electors.isEmpty()) {
            check.reject("electorate", council ? "vote.council.empty" : "vote.members.empty");
        }
        List<String[]> trustees = List.of();
        if (command.method() == VoteMethod.SECRET_BALLOT && command.trustees() != null) {
            trustees = committee.resolve(scope, council, command.trustees(), check);
        }
        check.throwIfInvalid();
        long id = store.insert(
                yearId,
                command.subject(),
                command.question().strip(),
                command.method(),
                rule(scope, council, command.subject()),
                maxChoices,
                electors.size(),
                user.username());
        store.setElectorateKind(id, council ? VoteElectorate.COUNCIL : VoteElectorate.MEMBER_UNITS);
        for (int i = 0; i < options.size(); i++) {
            store.insertOption(id, i, options.get(i).label(), options.get(i).unitId());
        }
        store.insertElectors(id, electors);
        if (command.method() == VoteMethod.SECRET_BALLOT) {
            store.setEncrypted(id);
            committee.replace(id, trustees);
        }
        return views.of(user, store.find(id).orElseThrow());
    }

    private List<Option> options(BlocYearScope scope, VoteCommand command, Checks.Collector check) {
        List<Option> options = new ArrayList<>();
        for (String label : command.options() == null ? List.<String>of() : command.options()) {
            if (label == null || label.isBlank() || label.length() > VotingService.MAX_LABEL) {
                check.reject("options", "vote.option.invalid");
            } else {
                options.add(new Option(label.strip(), null));
            }
        }
        for (Long unit : command.candidateUnitIds() == null ? List.<Long>of() : command.candidateUnitIds()) {
            UnitRef member = unit == null
                    ? null
                    : scope.year().members().stream()
                            .filter(m -> m.id() == unit)
                            .findFirst()
                            .orElse(null);
            if (member == null) {
                check.reject("candidateUnitIds", "vote.candidate.notMember", unit);
            } else {
                options.add(new Option(member.name(), member.id()));
            }
        }
        List<String> labels = options.stream().map(Option::label).toList();
        if (labels.isEmpty()) {
            check.reject("options", "vote.options.required");
        } else if (labels.size() > VotingService.MAX_OPTIONS || new HashSet<>(labels).size() != labels.size()) {
            check.reject("options", "vote.options.repeated");
        }
        return options;
    }

    private List<VoteStore.ElectorRow> electors(BlocYearScope scope, boolean council) {
        return council
                ? authorities.councilMembers(scope.bloc().authorityId()).stream()
                        .map(c -> new VoteStore.ElectorRow(new Elector.CouncilMember(c.id()), c.fullName()))
                        .toList()
                : scope.year().members().stream()
                        .map(m -> new VoteStore.ElectorRow(new Elector.MemberUnit(m.id()), m.name()))
                        .toList();
    }

    /**
     * The rule in force for the year under the bloc's authority (its own regulation first, else the
     * catalogue's): the bloc's for a conference, the council's (a higher share for Chiến sĩ thi đua)
     * for the council.
     */
    private VoteRule rule(BlocYearScope scope, boolean council, VoteSubject subject) {
        Parameters table =
                parameters.table().forYear(scope.year().year(), scope.bloc().authorityId());
        return (council ? VoteRule.council(subject == VoteSubject.COUNCIL_CSTD_PROPOSAL, table) : VoteRule.bloc(table))
                .orElseThrow(() -> checks.refusal(
                        "subject", "vote.rule.missing", scope.year().year()));
    }
}
