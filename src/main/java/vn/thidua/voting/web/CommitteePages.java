package vn.thidua.voting.web;

import java.io.IOException;
import java.util.List;
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
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.Bulletins;
import vn.thidua.voting.CommitteeCount;
import vn.thidua.voting.CountingCommittee;
import vn.thidua.voting.Decryption;
import vn.thidua.voting.KeyRegistration;
import vn.thidua.voting.NameCommittee;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.WrittenConfirmation;
import vn.thidua.voting.WrittenOpinionEntry;
import vn.thidua.voting.WrittenOpinions;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * The counting committee's steps on a vote's page (naming it, a trustee's key, a trustee's part of
 * the count, the box and the bulletin), and the written opinions of the absent.
 */
@Controller
record CommitteePages(
        VotingService voting,
        CountingCommittee committee,
        CommitteeCount count,
        WrittenOpinions written,
        Bulletins bulletins,
        JsonMapper json) {

    @PostMapping("/votes/{id}/committee")
    String nameCommittee(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute NameCommittee request,
            RedirectAttributes redirect) {
        return VoteFlash.act(redirect, id, "Đã chỉ định Ban kiểm phiếu.", () -> committee.name(user, id, request));
    }

    /** The public part of the trustee's key, made by the page in its browser (or by the offline tool and pasted). */
    @PostMapping("/votes/{id}/committee/key")
    String registerKey(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String share,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        KeyShare key;
        try {
            JsonNode node = json.readTree(share);
            key = json.treeToValue(node.has("share") ? node.get("share") : node, KeyShare.class);
        } catch (RuntimeException unreadable) {
            return VoteFlash.refuse(
                    redirect, id, "Không đọc được khóa công khai. Hãy tạo khóa lại trên trang này hoặc bằng công cụ.");
        }
        return VoteFlash.act(
                redirect,
                id,
                "Đã đăng ký khóa của bạn. Giữ tệp khóa bí mật: cần nó để kiểm phiếu.",
                () -> committee.registerKey(user, id, KeyRegistration.of(key, version)));
    }

    @PostMapping("/votes/{id}/committee/decryption")
    String decrypt(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String shares,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        List<PartialDecryption> parts;
        try {
            parts = json.readValue(shares, new TypeReference<List<PartialDecryption>>() {});
        } catch (RuntimeException unreadable) {
            return VoteFlash.refuse(redirect, id, "Không đọc được phần giải mã. Hãy chọn lại tệp khóa của bạn.");
        }
        return VoteFlash.act(
                redirect,
                id,
                "Đã gửi phần kiểm phiếu của bạn.",
                () -> count.decrypt(user, id, new Decryption(parts, version)));
    }

    @GetMapping("/votes/{id}/bulletin")
    String bulletin(CurrentUser user, @PathVariable long id, Model model) {
        Bulletin bulletin = bulletins.of(user, id);
        model.addAttribute("vote", voting.get(user, id));
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("findings", bulletins.findings(bulletin));
        return "voting/bulletin";
    }

    /** The closed box for a trustee who counts offline (trustee decrypt --box): ciphertexts only. */
    @GetMapping("/votes/{id}/committee/box.json")
    ResponseEntity<byte[]> box(CurrentUser user, @PathVariable long id) {
        return Downloads.of(
                json.writeValueAsBytes(count.boxFor(user, id)), "hop-phieu-" + id + ".json", "application/json");
    }

    @GetMapping("/votes/{id}/bulletin.json")
    ResponseEntity<byte[]> bulletinFile(CurrentUser user, @PathVariable long id) {
        byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(bulletins.of(user, id));
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
        return VoteFlash.act(
                redirect,
                id,
                "Đã nhập ý kiến bằng văn bản; chờ người thứ hai đối chiếu văn bản và xác nhận.",
                () -> written.enter(user, id, entry, file));
    }

    @PostMapping("/votes/{id}/written-opinions/confirm")
    String confirmWritten(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute WrittenConfirmation confirmation,
            RedirectAttributes redirect) {
        return VoteFlash.act(
                redirect,
                id,
                "Đã xác nhận ý kiến bằng văn bản: được tính như phiếu của người vắng mặt.",
                () -> written.confirm(user, id, confirmation));
    }

    @GetMapping("/votes/{id}/written-opinions/letter")
    ResponseEntity<byte[]> letter(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long councilMemberId) {
        WrittenOpinions.Letter letter = written.letter(user, id, unitId, councilMemberId);
        return Downloads.of(
                letter.content(),
                letter.fileName(),
                FileKinds.contentType(letter.fileName(), letter.content()).orElse("application/octet-stream"));
    }
}
