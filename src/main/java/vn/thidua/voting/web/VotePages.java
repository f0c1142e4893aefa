package vn.thidua.voting.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.BallotCasting;
import vn.thidua.voting.BallotRequest;
import vn.thidua.voting.CloseVote;
import vn.thidua.voting.CommitteeCount;
import vn.thidua.voting.ConfirmPaperCount;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.CountingRecordSignatures;
import vn.thidua.voting.OpenVote;
import vn.thidua.voting.PaperCount;
import vn.thidua.voting.PaperCounting;
import vn.thidua.voting.VoteClosing;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteOpening;
import vn.thidua.voting.VoteOrigin;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.ballot.EncryptedBallot;

/**
 * One vote's page and its steps: opening, the ballot for the member units, the paper count,
 * closing, the tally once closed (the bloc year's list of votes and the elections are {@link
 * YearVotePages}', the committee's and the written opinions' pages {@link CommitteePages}'). Each
 * step posts the request record its API twin takes, with the version the page showed; the vote's
 * page shows what every use case of a vote needs, hence more collaborators than one has.
 */
@Controller
record VotePages(
        VotingService voting,
        AuthorityService authorities,
        VoteOpening opening,
        BallotCasting casting,
        VoteClosing closing,
        PaperCounting paper,
        CountingCommittee committee,
        CommitteeCount count,
        JsonMapper json,
        ObjectProvider<VoteOrigin> origins,
        ObjectProvider<CountingRecordSignatures> recordSignatures) {

    @GetMapping("/votes/{id}")
    String vote(CurrentUser user, @PathVariable long id, Model model) {
        VoteView vote = voting.get(user, id);
        voting.standing(user, id).ifPresent(scope -> {
            YearVotePages.common(model, scope);
            if (vote.electorateKind() == VoteElectorate.COUNCIL) {
                model.addAttribute(
                        "councilMembers",
                        authorities.councilMembers(scope.bloc().authorityId()));
            }
            if (vote.draft() && vote.encrypted() && (scope.board() || scope.leader())) {
                model.addAttribute(
                        "trusteeCandidates",
                        committee.candidates(scope, vote.electorateKind() == VoteElectorate.COUNCIL));
            }
        });
        model.addAttribute("vote", vote);
        // what the vote is about (a council's vote: its proposal), for the voter to read it first and the board to go
        // back
        model.addAttribute(
                "origin",
                origins.orderedStream()
                        .flatMap(o -> o.of(user, id).stream())
                        .findFirst()
                        .orElse(null));
        if (vote.draft()) {
            model.addAttribute("electors", voting.electors(user, id));
        }
        model.addAttribute(
                "totalsJson", vote.encryptedTotals() == null ? "[]" : json.writeValueAsString(vote.encryptedTotals()));
        if (vote.awaitsCommittee() && committee.isTrustee(id, user)) {
            model.addAttribute("boxJson", json.writeValueAsString(count.boxFor(user, id)));
        }
        if (vote.counted()) {
            CountingRecordSignatures signatures = recordSignatures.getIfAvailable();
            if (signatures != null) {
                model.addAttribute(
                        "recordSignatures", signatures.state(user, vote).orElse(null));
                model.addAttribute("signingToken", signatures.tokenConfigured());
            }
        }
        model.addAttribute(
                "trustee",
                vote.committee().stream()
                        .filter(t -> t.username().equals(user.username()))
                        .findFirst()
                        .orElse(null));
        return "voting/vote";
    }

    /** The open votes in which the user's unit (or the council member) may still vote. */
    @GetMapping("/votes/mine")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("votes", voting.openFor(user));
        return "voting/mine";
    }

    @PostMapping("/votes/{id}/open")
    String open(
            CurrentUser user, @PathVariable long id, @ModelAttribute OpenVote request, RedirectAttributes redirect) {
        return VoteFlash.act(redirect, id, "Đã mở biểu quyết.", () -> opening.open(user, id, request));
    }

    /** The ballot as the browser encrypted it; the page never sends a choice in clear. */
    @PostMapping("/votes/{id}/ballots")
    String cast(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String ballot,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        EncryptedBallot encrypted;
        try {
            encrypted = ballot == null || ballot.isBlank() ? null : json.readValue(ballot, EncryptedBallot.class);
        } catch (RuntimeException unreadable) {
            encrypted = null;
        }
        if (encrypted == null) {
            return VoteFlash.refuse(
                    redirect, id, "Phiếu chưa được mã hóa trên máy của bạn: hãy bật JavaScript và bỏ phiếu lại.");
        }
        BallotRequest request = new BallotRequest(null, encrypted, version);
        String[] tracking = new String[1];
        String to = VoteFlash.act(
                redirect,
                id,
                "Đã ghi nhận phiếu. Phiếu được mã hóa trên máy của bạn; không ai đọc được phiếu riêng.",
                () -> tracking[0] = casting.cast(user, id, request));
        if (tracking[0] != null) {
            redirect.addFlashAttribute("trackingCode", tracking[0]);
        }
        return to;
    }

    @PostMapping("/votes/{id}/paper-count")
    String paper(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        CountForm typed = new CountForm(form);
        PaperCount count = new PaperCount(
                typed.counts(), typed.number("cast"), typed.number("blank"), form.get("committee"), typed.version());
        if (!typed.unreadable().isEmpty()) {
            return VoteFlash.refuseTyped(redirect, form, id, List.of("Số phiếu phải là số nguyên."));
        }
        return VoteFlash.actKeepingTyped(
                redirect,
                form,
                id,
                "Đã nhập kết quả kiểm phiếu; chờ người thứ hai xác nhận.",
                () -> paper.enter(user, id, count));
    }

    @PostMapping("/votes/{id}/paper-count/confirm")
    String confirmPaper(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute ConfirmPaperCount request,
            RedirectAttributes redirect) {
        return VoteFlash.act(
                redirect,
                id,
                "Đã xác nhận kết quả kiểm phiếu; cuộc biểu quyết kết thúc.",
                () -> paper.confirm(user, id, request));
    }

    @PostMapping("/votes/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        CountForm typed = new CountForm(form);
        CloseVote request = new CloseVote(typed.counts(), typed.version());
        if (!typed.unreadable().isEmpty()) {
            return VoteFlash.refuseTyped(
                    redirect,
                    form,
                    id,
                    typed.unreadable().stream()
                            .map(value -> "\"" + value + "\" không phải là số nguyên.")
                            .toList());
        }
        return VoteFlash.actKeepingTyped(
                redirect, form, id, "Đã kết thúc biểu quyết.", () -> closing.close(user, id, request));
    }
}
