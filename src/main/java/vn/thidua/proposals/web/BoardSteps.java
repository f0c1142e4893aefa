package vn.thidua.proposals.web;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.CouncilVotes;
import vn.thidua.proposals.ProposalCommands;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.Review;

/**
 * The board's steps that carry nothing but the version read, by the last word of their address
 * ({@link #PATH}): one route for the page and one for the API instead of five of each.
 */
@Component
record BoardSteps(Review review, CouncilVotes council, Checks checks) {

    /** The words of the addresses, for the mappings. */
    static final String PATH = "{step:start-review|publish|close-public-comment|record-council|revote}";

    enum Kind {
        START_REVIEW("start-review", "Đã nhận đề nghị để thẩm định."),
        PUBLISH("publish", "Đã công khai danh sách trên trang công khai."),
        CLOSE_PUBLIC_COMMENT(
                "close-public-comment", "Đã kết thúc công khai; cuộc biểu quyết của Hội đồng đã được tạo."),
        RECORD_COUNCIL("record-council", "Đã ghi kết quả biểu quyết của Hội đồng."),
        REVOTE("revote", "Đã tạo cuộc biểu quyết mới của Hội đồng cho các tập thể, cá nhân chưa có kết quả.");

        private final String word;
        private final String done;

        Kind(String word, String done) {
            this.word = word;
            this.done = done;
        }

        /** What the page says when the step went through. */
        String done() {
            return done;
        }
    }

    Kind kind(String word) {
        return Arrays.stream(Kind.values())
                .filter(k -> k.word.equals(word))
                .findFirst()
                .orElseThrow(() -> checks.notFound("proposal.candidateStep.unknown", word));
    }

    ProposalView take(Kind step, CurrentUser user, long id, ProposalCommands.Version command) {
        return switch (step) {
            case START_REVIEW -> review.startReview(user, id, command);
            case PUBLISH -> review.publish(user, id, command);
            case CLOSE_PUBLIC_COMMENT -> council.closePublicComment(user, id, command);
            case RECORD_COUNCIL -> council.recordCouncil(user, id, command);
            case REVOTE -> council.revote(user, id, command);
        };
    }
}
