package vn.thidua.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.thidua.rules.domain.Fraction;
import vn.thidua.rules.domain.VoteRule;
import vn.thidua.rules.domain.VoteRule.Base;
import vn.thidua.rules.domain.VoteRule.Comparison;
import vn.thidua.voting.domain.Outcome.Result;

class OutcomeTest {

    static final Fraction TWO_THIRDS = new Fraction(2, 3);
    static final Fraction HALF = new Fraction(1, 2);

    static VoteRule rule(Fraction threshold, Comparison comparison, Base base, Fraction quorum) {
        return new VoteRule(threshold, comparison, base, quorum, "Quy chế");
    }

    @Test
    void twoThirdsOfSevenNineAndTenVoters() {
        VoteRule rule = rule(TWO_THIRDS, Comparison.AT_LEAST, Base.ELECTORATE, new Fraction(0, 1));
        assertThat(Outcome.of(rule, 7, 7, 5).result()).isEqualTo(Result.PASSED);
        assertThat(Outcome.of(rule, 7, 7, 4).result()).isEqualTo(Result.FAILED);
        assertThat(Outcome.of(rule, 7, 7, 4).needed()).isEqualTo(5);
        assertThat(Outcome.of(rule, 9, 9, 6).result())
                .as("6 of 9 is exactly two thirds")
                .isEqualTo(Result.PASSED);
        assertThat(Outcome.of(rule, 9, 9, 5).result()).isEqualTo(Result.FAILED);
        assertThat(Outcome.of(rule, 10, 10, 7).result()).isEqualTo(Result.PASSED);
        assertThat(Outcome.of(rule, 10, 10, 6).result()).isEqualTo(Result.FAILED);
        assertThat(Outcome.of(rule, 10, 10, 6).needed()).isEqualTo(7);
    }

    @Test
    void aDecimalFromTheParameterTableIsReadAsTheFractionItStandsFor() {
        assertThat(Fraction.fromDecimal(new BigDecimal("0.6667"))).isEqualTo(TWO_THIRDS);
        assertThat(Fraction.fromDecimal(new BigDecimal("0.9"))).isEqualTo(new Fraction(9, 10));
        assertThat(Fraction.fromDecimal(new BigDecimal("0.5"))).isEqualTo(HALF);
        assertThat(Fraction.fromDecimal(new BigDecimal("0.8"))).isEqualTo(new Fraction(4, 5));
        VoteRule rule = rule(
                Fraction.fromDecimal(new BigDecimal("0.6667")),
                Comparison.AT_LEAST,
                Base.ELECTORATE,
                new Fraction(0, 1));
        assertThat(Outcome.of(rule, 9, 9, 6).result()).isEqualTo(Result.PASSED);
    }

    @Test
    void moreThanHalfIsAStrictMajorityAndATieFails() {
        VoteRule rule = rule(HALF, Comparison.MORE_THAN, Base.PRESENT, new Fraction(0, 1));
        assertThat(Outcome.of(rule, 10, 10, 5).result()).as("a tie").isEqualTo(Result.FAILED);
        assertThat(Outcome.of(rule, 10, 10, 6).result()).isEqualTo(Result.PASSED);
        assertThat(Outcome.of(rule, 10, 9, 5).result()).isEqualTo(Result.PASSED);
        assertThat(Outcome.of(rule, 10, 10, 5).needed()).isEqualTo(6);
    }

    @Test
    void theBaseDecidesWhoCounts() {
        VoteRule ofAll = rule(HALF, Comparison.MORE_THAN, Base.ELECTORATE, new Fraction(0, 1));
        VoteRule ofPresent = rule(HALF, Comparison.MORE_THAN, Base.PRESENT, new Fraction(0, 1));
        assertThat(Outcome.of(ofAll, 10, 7, 5).result()).as("5 of 10 members").isEqualTo(Result.FAILED);
        assertThat(Outcome.of(ofPresent, 10, 7, 5).result())
                .as("5 of 7 present")
                .isEqualTo(Result.PASSED);
        VoteRule ninetyOfAll = rule(new Fraction(9, 10), Comparison.AT_LEAST, Base.ELECTORATE, new Fraction(0, 1));
        assertThat(Outcome.of(ninetyOfAll, 10, 9, 9).result()).isEqualTo(Result.PASSED);
        assertThat(Outcome.of(ninetyOfAll, 11, 11, 9).result())
                .as("9 of 11 is under 90%")
                .isEqualTo(Result.FAILED);
    }

    @Test
    void withoutQuorumNothingPasses() {
        VoteRule rule = rule(HALF, Comparison.MORE_THAN, Base.PRESENT, TWO_THIRDS);
        Outcome outcome = Outcome.of(rule, 9, 5, 5);
        assertThat(outcome.result()).isEqualTo(Result.NO_QUORUM);
        assertThat(outcome.quorumNeeded()).isEqualTo(6);
        assertThat(Outcome.of(rule, 9, 6, 4).result()).isEqualTo(Result.PASSED);
        assertThatThrownBy(() -> Outcome.of(rule, 9, 10, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
