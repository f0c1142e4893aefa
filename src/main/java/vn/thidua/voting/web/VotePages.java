package vn.thidua.voting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/** The conference's votes: list and creation for the chair, the ballot for the member units, the tally once closed. */
@Controller
class VotePages {

    private final VotingService voting;
    private final BlocService blocs;
    private final vn.thidua.voting.ElectionService elections;
    private final vn.thidua.org.AuthorityService authorities;

    private final vn.thidua.voting.CountingCommittee committee;
    private final vn.thidua.voting.WrittenOpinions written;
    private final vn.thidua.voting.Bulletins bulletins;
    private final tools.jackson.databind.json.JsonMapper json;

    VotePages(
            VotingService voting,
            BlocService blocs,
            vn.thidua.voting.ElectionService elections,
            vn.thidua.org.AuthorityService authorities,
            vn.thidua.voting.CountingCommittee committee,
            vn.thidua.voting.WrittenOpinions written,
            vn.thidua.voting.Bulletins bulletins,
            tools.jackson.databind.json.JsonMapper json) {
        this.committee = committee;
        this.written = written;
        this.bulletins = bulletins;
        this.json = json;
        this.authorities = authorities;
        this.voting = voting;
        this.blocs = blocs;
        this.elections = elections;
    }

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    String confirmElection(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestParam(required = false) Long leaderVoteId,
            @RequestParam(required = false) Long deputyVoteId,
            RedirectAttributes redirect) {
        try {
            vn.thidua.org.BlocYearView next = elections.confirm(user, yearId, leaderVoteId, deputyVoteId);
            redirect.addFlashAttribute(
                    "saved",
                    "Đã xác nhận kết quả bầu: năm " + next.year() + " do "
                            + next.leader().name()
                            + " làm trưởng. Năm thi đua mới đã sẵn sàng để phát động và ký giao ước.");
            return "redirect:/bloc-years/" + next.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/bloc-years/" + yearId + "/votes";
        }
    }

    @GetMapping("/bloc-years/{yearId}/votes")
    String list(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        common(model, scope);
        model.addAttribute("votes", voting.ofYear(user, yearId));
        model.addAttribute("proposals", elections.proposals(user, yearId));
        model.addAttribute("subjects", VoteSubject.values());
        model.addAttribute("methods", VoteMethod.values());
        model.addAttribute("electorates", vn.thidua.voting.VoteElectorate.values());
        model.addAttribute("trusteeCandidates", committee.candidates(scope, scope.board()));
        return "voting/list";
    }

    @PostMapping("/bloc-years/{yearId}/votes")
    String create(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestParam(required = false) VoteSubject subject,
            @RequestParam(required = false) VoteMethod method,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(required = false) List<Long> candidateUnitIds,
            @RequestParam(required = false) Integer maxChoices,
            @RequestParam(required = false) vn.thidua.voting.VoteElectorate electorate,
            @RequestParam(required = false) List<String> trustees,
            RedirectAttributes redirect) {
        List<String> lines = Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            VoteView created = voting.create(
                    user,
                    yearId,
                    new VoteCommand(
                            subject,
                            question,
                            method,
                            lines,
                            candidateUnitIds == null ? List.of() : candidateUnitIds,
                            maxChoices,
                            electorate == null ? vn.thidua.voting.VoteElectorate.MEMBER_UNITS : electorate,
                            method == VoteMethod.SECRET_BALLOT ? (trustees == null ? List.of() : trustees) : null));
            redirect.addFlashAttribute(
                    "saved",
                    method == VoteMethod.SECRET_BALLOT
                            ? "Đã tạo cuộc bỏ phiếu kín. Mỗi thành viên Ban kiểm phiếu tạo khóa của mình trên trang này; đủ khóa thì mở được."
                            : "Đã tạo cuộc biểu quyết. Mở biểu quyết khi hội nghị sẵn sàng.");
            return "redirect:/votes/" + created.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/bloc-years/" + yearId + "/votes";
        }
    }

    @GetMapping("/votes/{id}")
    String vote(CurrentUser user, @PathVariable long id, Model model) {
        VoteView vote = voting.get(user, id);
        voting.standing(user, id).ifPresent(scope -> {
            common(model, scope);
            if (vote.electorateKind() == vn.thidua.voting.VoteElectorate.COUNCIL) {
                model.addAttribute(
                        "councilMembers",
                        authorities.councilMembers(scope.bloc().authorityId()));
            }
        });
        model.addAttribute("vote", vote);
        if (vote.draft()) {
            model.addAttribute("electors", voting.electors(user, id));
        }
        model.addAttribute(
                "totalsJson", vote.encryptedTotals() == null ? "[]" : json.writeValueAsString(vote.encryptedTotals()));
        if (vote.status() == vn.thidua.voting.domain.VoteStatus.CLOSED && committee.isTrustee(id, user)) {
            model.addAttribute("boxJson", json.writeValueAsString(committee.boxFor(user, id)));
        }
        model.addAttribute(
                "trustee",
                vote.committee().stream()
                        .filter(t -> t.username().equals(user.username()))
                        .findFirst()
                        .orElse(null));
        voting.standing(user, id)
                .filter(scope -> vote.draft() && vote.encrypted() && (scope.board() || scope.leader()))
                .ifPresent(scope -> model.addAttribute(
                        "trusteeCandidates",
                        committee.candidates(scope, vote.electorateKind() == vn.thidua.voting.VoteElectorate.COUNCIL)));
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
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer present,
            @RequestParam(required = false) List<String> presentElector,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(redirect, id, "Đã mở biểu quyết.", () -> voting.open(user, id, present, presentElector, version));
    }

    /** The ballot as the browser encrypted it; the page never sends a choice in clear. */
    @PostMapping("/votes/{id}/ballots")
    String cast(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String ballot,
            RedirectAttributes redirect) {
        vn.thidua.voting.domain.ballot.EncryptedBallot encrypted;
        try {
            encrypted = ballot == null || ballot.isBlank()
                    ? null
                    : json.readValue(ballot, vn.thidua.voting.domain.ballot.EncryptedBallot.class);
        } catch (RuntimeException unreadable) {
            encrypted = null;
        }
        if (encrypted == null) {
            redirect.addFlashAttribute(
                    "errors", List.of("Phiếu chưa được mã hóa trên máy của bạn: hãy bật JavaScript và bỏ phiếu lại."));
            return "redirect:/votes/" + id;
        }
        vn.thidua.voting.domain.ballot.EncryptedBallot sealed = encrypted;
        String[] tracking = new String[1];
        String to = act(
                redirect,
                id,
                "Đã ghi nhận phiếu. Phiếu được mã hóa trên máy của bạn; không ai đọc được phiếu riêng.",
                () -> {
                    tracking[0] = voting.cast(user, id, new vn.thidua.voting.BallotRequest(null, sealed));
                    return null;
                });
        if (tracking[0] != null) {
            redirect.addFlashAttribute("trackingCode", tracking[0]);
        }
        return to;
    }

    @PostMapping("/votes/{id}/committee")
    String nameCommittee(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) List<String> trustees,
            RedirectAttributes redirect) {
        return act(redirect, id, "Đã chỉ định Ban kiểm phiếu.", () -> {
            committee.name(user, id, trustees == null ? List.of() : trustees);
            return null;
        });
    }

    /** The public part of the trustee's key, made by the page in its browser (or by the offline tool and pasted). */
    @PostMapping("/votes/{id}/committee/key")
    String registerKey(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String share,
            RedirectAttributes redirect) {
        vn.thidua.voting.domain.ballot.KeyShare key;
        try {
            tools.jackson.databind.JsonNode node = json.readTree(share);
            key = json.treeToValue(
                    node.has("share") ? node.get("share") : node, vn.thidua.voting.domain.ballot.KeyShare.class);
        } catch (RuntimeException unreadable) {
            redirect.addFlashAttribute(
                    "errors",
                    List.of("Không đọc được khóa công khai. Hãy tạo khóa lại trên trang này hoặc bằng công cụ."));
            return "redirect:/votes/" + id;
        }
        return act(redirect, id, "Đã đăng ký khóa của bạn. Giữ tệp khóa bí mật: cần nó để kiểm phiếu.", () -> {
            committee.registerKey(user, id, key);
            return null;
        });
    }

    @PostMapping("/votes/{id}/committee/decryption")
    String decrypt(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String shares,
            RedirectAttributes redirect) {
        List<vn.thidua.voting.domain.ballot.PartialDecryption> parts;
        try {
            parts = json.readValue(
                    shares,
                    new tools.jackson.core.type.TypeReference<
                            List<vn.thidua.voting.domain.ballot.PartialDecryption>>() {});
        } catch (RuntimeException unreadable) {
            redirect.addFlashAttribute(
                    "errors", List.of("Không đọc được phần giải mã. Hãy chọn lại tệp khóa của bạn."));
            return "redirect:/votes/" + id;
        }
        return act(redirect, id, "Đã gửi phần kiểm phiếu của bạn.", () -> {
            committee.decrypt(user, id, parts);
            return null;
        });
    }

    @GetMapping("/votes/{id}/bulletin")
    String bulletin(CurrentUser user, @PathVariable long id, Model model) {
        vn.thidua.voting.domain.ballot.Bulletin bulletin = bulletins.of(user, id);
        model.addAttribute("vote", voting.get(user, id));
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("findings", bulletins.findings(bulletin));
        return "voting/bulletin";
    }

    /** The closed box for a trustee who counts offline (trustee decrypt --box): ciphertexts only. */
    @GetMapping("/votes/{id}/committee/box.json")
    org.springframework.http.ResponseEntity<byte[]> box(CurrentUser user, @PathVariable long id) {
        return vn.thidua.platform.files.Downloads.of(
                json.writeValueAsBytes(committee.boxFor(user, id)), "hop-phieu-" + id + ".json", "application/json");
    }

    @GetMapping("/votes/{id}/bulletin.json")
    org.springframework.http.ResponseEntity<byte[]> bulletinFile(CurrentUser user, @PathVariable long id) {
        byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(bulletins.of(user, id));
        return vn.thidua.platform.files.Downloads.of(
                content, "bang-cong-bo-bieu-quyet-" + id + ".json", "application/json");
    }

    @PostMapping("/votes/{id}/written-opinions")
    String written(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long councilMemberId,
            @RequestParam(required = false) List<Long> optionIds,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile letter,
            RedirectAttributes redirect)
            throws java.io.IOException {
        vn.thidua.voting.WrittenOpinions.Letter file = letter == null || letter.isEmpty()
                ? null
                : new vn.thidua.voting.WrittenOpinions.Letter(letter.getOriginalFilename(), letter.getBytes());
        return act(
                redirect, id, "Đã nhập ý kiến bằng văn bản; chờ người thứ hai đối chiếu văn bản và xác nhận.", () -> {
                    written.enter(user, id, unitId, councilMemberId, optionIds == null ? List.of() : optionIds, file);
                    return null;
                });
    }

    @PostMapping("/votes/{id}/written-opinions/confirm")
    String confirmWritten(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long councilMemberId,
            RedirectAttributes redirect) {
        return act(redirect, id, "Đã xác nhận ý kiến bằng văn bản: được tính như phiếu của người vắng mặt.", () -> {
            written.confirm(user, id, unitId, councilMemberId);
            return null;
        });
    }

    @GetMapping("/votes/{id}/written-opinions/letter")
    org.springframework.http.ResponseEntity<byte[]> letter(
            CurrentUser user, @PathVariable long id, @RequestParam String elector) {
        vn.thidua.voting.WrittenOpinions.Letter letter = written.letter(user, id, elector);
        return vn.thidua.platform.files.Downloads.of(
                letter.content(),
                letter.fileName(),
                vn.thidua.platform.files.FileKinds.contentType(letter.fileName(), letter.content())
                        .orElse("application/octet-stream"));
    }

    @PostMapping("/votes/{id}/paper-count")
    String paper(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<Long, Integer> counts = new HashMap<>();
        try {
            form.forEach((key, value) -> {
                if (key.startsWith("count-")) {
                    counts.put(
                            Long.parseLong(key.substring(6)), value.isBlank() ? null : Integer.parseInt(value.strip()));
                }
            });
            Integer cast = form.getOrDefault("cast", "").isBlank()
                    ? null
                    : Integer.parseInt(form.get("cast").strip());
            Integer blank = form.getOrDefault("blank", "").isBlank()
                    ? null
                    : Integer.parseInt(form.get("blank").strip());
            return act(
                    redirect,
                    id,
                    "Đã nhập kết quả kiểm phiếu; chờ người thứ hai xác nhận.",
                    () -> voting.enterPaperCount(
                            user, id, new vn.thidua.voting.PaperCount(counts, cast, blank, form.get("committee"))));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("errors", List.of("Số phiếu phải là số nguyên."));
            return "redirect:/votes/" + id;
        }
    }

    @PostMapping("/votes/{id}/paper-count/confirm")
    String confirmPaper(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(
                redirect,
                id,
                "Đã xác nhận kết quả kiểm phiếu; cuộc biểu quyết kết thúc.",
                () -> voting.confirmPaperCount(user, id));
    }

    @PostMapping("/votes/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Violation> unreadable = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("count-")) {
                try {
                    counts.put(
                            Long.parseLong(key.substring(6)), value.isBlank() ? null : Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    unreadable.add(new Violation("counts", "\"" + value + "\" không phải là số nguyên."));
                }
            }
        });
        if (!unreadable.isEmpty()) {
            redirect.addFlashAttribute(
                    "errors", unreadable.stream().map(Violation::message).toList());
            return "redirect:/votes/" + id;
        }
        return act(redirect, id, "Đã kết thúc biểu quyết.", () -> voting.close(user, id, counts));
    }

    private String act(
            RedirectAttributes redirect, long id, String success, vn.thidua.platform.validation.Flash.Write write) {
        vn.thidua.platform.validation.Flash.run(
                redirect, success, "Cuộc biểu quyết vừa được người khác thay đổi. Tải lại trang.", write);
        return "redirect:/votes/" + id;
    }

    private static void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }
}
