package vn.thidua.voting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;
import vn.thidua.voting.BallotCasting;
import vn.thidua.voting.BallotRequest;
import vn.thidua.voting.Bulletins;
import vn.thidua.voting.CloseVote;
import vn.thidua.voting.CommitteeCount;
import vn.thidua.voting.ConfirmPaperCount;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.ElectionConfirmation;
import vn.thidua.voting.ElectionService;
import vn.thidua.voting.NameCommittee;
import vn.thidua.voting.OpenVote;
import vn.thidua.voting.PaperCount;
import vn.thidua.voting.PaperCounting;
import vn.thidua.voting.VoteClosing;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteCreation;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteOpening;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.WrittenConfirmation;
import vn.thidua.voting.WrittenOpinionEntry;
import vn.thidua.voting.WrittenOpinions;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * The conference's votes: list and creation for the chair, the ballot for the member units, the
 * committee's keys and count, written opinions, the tally once closed. Each step posts the request
 * record its API twin takes, with the version the page showed. It reaches most of the feature's use
 * cases, which is why it has more collaborators than a use case would.
 */
@Controller
class VotePages {

    private final VotingService voting;
    private final BlocService blocs;
    private final AuthorityService authorities;
    private final UseCases steps;
    private final JsonMapper json;

    /** The steps a page posts to, one use case each. */
    @org.springframework.stereotype.Component
    record UseCases(
            VoteCreation creation,
            VoteOpening opening,
            BallotCasting casting,
            VoteClosing closing,
            PaperCounting paper,
            CountingCommittee committee,
            CommitteeCount count,
            WrittenOpinions written,
            Bulletins bulletins,
            ElectionService elections) {}

    VotePages(VotingService voting, BlocService blocs, AuthorityService authorities, UseCases steps, JsonMapper json) {
        this.voting = voting;
        this.blocs = blocs;
        this.authorities = authorities;
        this.steps = steps;
        this.json = json;
    }

    @PostMapping("/bloc-years/{yearId}/elections/confirm")
    String confirmElection(
            CurrentUser user,
            @PathVariable long yearId,
            @ModelAttribute ElectionConfirmation confirmation,
            RedirectAttributes redirect) {
        try {
            BlocYearView next = steps.elections().confirm(user, yearId, confirmation);
            redirect.addFlashAttribute(
                    "saved",
                    "Đã xác nhận kết quả bầu: năm " + next.year() + " do "
                            + next.leader().name()
                            + " làm trưởng. Năm thi đua mới đã sẵn sàng để phát động và ký giao ước.");
            return "redirect:/bloc-years/" + next.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/bloc-years/" + yearId + "/votes";
    }

    @GetMapping("/bloc-years/{yearId}/votes")
    String list(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        common(model, scope);
        model.addAttribute("votes", voting.ofYear(user, yearId));
        model.addAttribute("proposals", steps.elections().proposals(user, yearId));
        model.addAttribute("subjects", VoteSubject.values());
        model.addAttribute("methods", VoteMethod.values());
        model.addAttribute("electorates", VoteElectorate.values());
        model.addAttribute("trusteeCandidates", steps.committee().candidates(scope, scope.board()));
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
            @RequestParam(required = false) VoteElectorate electorate,
            @RequestParam(required = false) List<String> trustees,
            RedirectAttributes redirect) {
        List<String> lines = Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            VoteView created = steps.creation()
                    .create(
                            user,
                            yearId,
                            new VoteCommand(
                                    subject,
                                    question,
                                    method,
                                    lines,
                                    candidateUnitIds == null ? List.of() : candidateUnitIds,
                                    maxChoices,
                                    electorate == null ? VoteElectorate.MEMBER_UNITS : electorate,
                                    method == VoteMethod.SECRET_BALLOT
                                            ? (trustees == null ? List.of() : trustees)
                                            : null));
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
            if (vote.electorateKind() == VoteElectorate.COUNCIL) {
                model.addAttribute(
                        "councilMembers",
                        authorities.councilMembers(scope.bloc().authorityId()));
            }
            if (vote.draft() && vote.encrypted() && (scope.board() || scope.leader())) {
                model.addAttribute(
                        "trusteeCandidates",
                        steps.committee().candidates(scope, vote.electorateKind() == VoteElectorate.COUNCIL));
            }
        });
        model.addAttribute("vote", vote);
        if (vote.draft()) {
            model.addAttribute("electors", voting.electors(user, id));
        }
        model.addAttribute(
                "totalsJson", vote.encryptedTotals() == null ? "[]" : json.writeValueAsString(vote.encryptedTotals()));
        if (vote.awaitsCommittee() && steps.committee().isTrustee(id, user)) {
            model.addAttribute("boxJson", json.writeValueAsString(steps.count().boxFor(user, id)));
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
        return act(redirect, id, "Đã mở biểu quyết.", () -> steps.opening().open(user, id, request));
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
            redirect.addFlashAttribute(
                    "errors", List.of("Phiếu chưa được mã hóa trên máy của bạn: hãy bật JavaScript và bỏ phiếu lại."));
            return "redirect:/votes/" + id;
        }
        BallotRequest request = new BallotRequest(null, encrypted, version);
        String[] tracking = new String[1];
        String to = act(
                redirect,
                id,
                "Đã ghi nhận phiếu. Phiếu được mã hóa trên máy của bạn; không ai đọc được phiếu riêng.",
                () -> tracking[0] = steps.casting().cast(user, id, request));
        if (tracking[0] != null) {
            redirect.addFlashAttribute("trackingCode", tracking[0]);
        }
        return to;
    }

    @PostMapping("/votes/{id}/committee")
    String nameCommittee(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute NameCommittee request,
            RedirectAttributes redirect) {
        return act(redirect, id, "Đã chỉ định Ban kiểm phiếu.", () -> {
            steps.committee().name(user, id, request);
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
        KeyShare key;
        try {
            JsonNode node = json.readTree(share);
            key = json.treeToValue(node.has("share") ? node.get("share") : node, KeyShare.class);
        } catch (RuntimeException unreadable) {
            redirect.addFlashAttribute(
                    "errors",
                    List.of("Không đọc được khóa công khai. Hãy tạo khóa lại trên trang này hoặc bằng công cụ."));
            return "redirect:/votes/" + id;
        }
        return act(redirect, id, "Đã đăng ký khóa của bạn. Giữ tệp khóa bí mật: cần nó để kiểm phiếu.", () -> {
            steps.committee().registerKey(user, id, key);
            return null;
        });
    }

    @PostMapping("/votes/{id}/committee/decryption")
    String decrypt(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String shares,
            RedirectAttributes redirect) {
        List<PartialDecryption> parts;
        try {
            parts = json.readValue(shares, new TypeReference<List<PartialDecryption>>() {});
        } catch (RuntimeException unreadable) {
            redirect.addFlashAttribute(
                    "errors", List.of("Không đọc được phần giải mã. Hãy chọn lại tệp khóa của bạn."));
            return "redirect:/votes/" + id;
        }
        return act(redirect, id, "Đã gửi phần kiểm phiếu của bạn.", () -> {
            steps.count().decrypt(user, id, parts);
            return null;
        });
    }

    @GetMapping("/votes/{id}/bulletin")
    String bulletin(CurrentUser user, @PathVariable long id, Model model) {
        Bulletin bulletin = steps.bulletins().of(user, id);
        model.addAttribute("vote", voting.get(user, id));
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("findings", steps.bulletins().findings(bulletin));
        return "voting/bulletin";
    }

    /** The closed box for a trustee who counts offline (trustee decrypt --box): ciphertexts only. */
    @GetMapping("/votes/{id}/committee/box.json")
    ResponseEntity<byte[]> box(CurrentUser user, @PathVariable long id) {
        return Downloads.of(
                json.writeValueAsBytes(steps.count().boxFor(user, id)),
                "hop-phieu-" + id + ".json",
                "application/json");
    }

    @GetMapping("/votes/{id}/bulletin.json")
    ResponseEntity<byte[]> bulletinFile(CurrentUser user, @PathVariable long id) {
        byte[] content = json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(steps.bulletins().of(user, id));
        return Downloads.of(content, "bang-cong-bo-bieu-quyet-" + id + ".json", "application/json");
    }

    @PostMapping("/votes/{id}/written-opinions")
    String written(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute WrittenOpinionEntry entry,
            @RequestParam(required = false) MultipartFile letter,
            RedirectAttributes redirect)
            throws IOException {
        WrittenOpinions.Letter file = CommitteeApi.letter(letter);
        return act(
                redirect, id, "Đã nhập ý kiến bằng văn bản; chờ người thứ hai đối chiếu văn bản và xác nhận.", () -> {
                    steps.written().enter(user, id, entry, file);
                    return null;
                });
    }

    @PostMapping("/votes/{id}/written-opinions/confirm")
    String confirmWritten(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute WrittenConfirmation confirmation,
            RedirectAttributes redirect) {
        return act(redirect, id, "Đã xác nhận ý kiến bằng văn bản: được tính như phiếu của người vắng mặt.", () -> {
            steps.written().confirm(user, id, confirmation);
            return null;
        });
    }

    @GetMapping("/votes/{id}/written-opinions/letter")
    ResponseEntity<byte[]> letter(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long councilMemberId) {
        WrittenOpinions.Letter letter = steps.written().letter(user, id, unitId, councilMemberId);
        return Downloads.of(
                letter.content(),
                letter.fileName(),
                FileKinds.contentType(letter.fileName(), letter.content()).orElse("application/octet-stream"));
    }

    @PostMapping("/votes/{id}/paper-count")
    String paper(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<String> unreadable = new ArrayList<>();
        Map<Long, Integer> counts = counts(form, unreadable);
        Integer cast = number(form.get("cast"), unreadable);
        Integer blank = number(form.get("blank"), unreadable);
        Long version = version(form, unreadable);
        if (!unreadable.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of("Số phiếu phải là số nguyên."));
            return "redirect:/votes/" + id;
        }
        PaperCount count = new PaperCount(counts, cast, blank, form.get("committee"), version);
        return act(
                redirect,
                id,
                "Đã nhập kết quả kiểm phiếu; chờ người thứ hai xác nhận.",
                () -> steps.paper().enter(user, id, count));
    }

    @PostMapping("/votes/{id}/paper-count/confirm")
    String confirmPaper(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute ConfirmPaperCount request,
            RedirectAttributes redirect) {
        return act(
                redirect,
                id,
                "Đã xác nhận kết quả kiểm phiếu; cuộc biểu quyết kết thúc.",
                () -> steps.paper().confirm(user, id, request));
    }

    @PostMapping("/votes/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<String> unreadable = new ArrayList<>();
        Map<Long, Integer> counts = counts(form, unreadable);
        Long version = version(form, unreadable);
        if (!unreadable.isEmpty()) {
            redirect.addFlashAttribute(
                    "errors",
                    unreadable.stream()
                            .map(value -> "\"" + value + "\" không phải là số nguyên.")
                            .toList());
            return "redirect:/votes/" + id;
        }
        CloseVote request = new CloseVote(counts, version);
        return act(
                redirect, id, "Đã kết thúc biểu quyết.", () -> steps.closing().close(user, id, request));
    }

    /** The counts a form gives as "count-{option id}"; a value that is no whole number goes to {@code unreadable}. */
    private static Map<Long, Integer> counts(Map<String, String> form, List<String> unreadable) {
        Map<Long, Integer> counts = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("count-")) {
                try {
                    counts.put(Long.parseLong(key.substring(6)), number(value, unreadable));
                } catch (NumberFormatException e) {
                    unreadable.add(key);
                }
            }
        });
        return counts;
    }

    private static Integer number(String value, List<String> unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            unreadable.add(value);
            return null;
        }
    }

    private static Long version(Map<String, String> form, List<String> unreadable) {
        String value = form.get("version");
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            unreadable.add(value);
            return null;
        }
    }

    /**
     * Runs a step and comes back to the vote with its outcome: a refusal (bad input, the vote's
     * state, a rule about who may) is shown on the page rather than on an error page.
     */
    private String act(RedirectAttributes redirect, long id, String success, Flash.Write write) {
        try {
            Flash.run(redirect, success, "Cuộc biểu quyết vừa được người khác thay đổi. Tải lại trang.", write);
        } catch (Conflict | Refused e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/votes/" + id;
    }

    private static void common(Model model, BlocYearScope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
    }
}
