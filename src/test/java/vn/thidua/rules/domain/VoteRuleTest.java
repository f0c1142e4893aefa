package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteRuleTest {

    static Parameter parameter(ParameterKey key, String value, String instrument) {
        return new Parameter(
                key,
                new BigDecimal(value),
                LocalDate.of(2004, 1, 1),
                null,
                null,
                new LegalBasis(instrument, null, null, null),
                true,
                null);
    }

    /** A table holding only the values given: the rule reads nothing else. */
    record Table(Map<ParameterKey, Parameter> values) implements Parameters {

        static Table of(Map<ParameterKey, Parameter> values) {
            return new Table(values);
        }

        @Override
        public Parameter get(ParameterKey key) {
            return values.get(key);
        }

        @Override
        public Regime regime() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Regime regimeOn(LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Integer count(ParameterKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Double share(ParameterKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String citation(ParameterKey key) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void halfIsReadAsTheUsualMajorityMoreThanHalf() {
        Parameters p = Table.of(Map.of(
                ParameterKey.VOTE_BLOC_THRESHOLD, parameter(ParameterKey.VOTE_BLOC_THRESHOLD, "0.5", "Quy chế khối"),
                ParameterKey.VOTE_BLOC_QUORUM, parameter(ParameterKey.VOTE_BLOC_QUORUM, "0.6667", "Quy chế khối")));
        VoteRule rule = VoteRule.bloc(p).orElseThrow();
        assertThat(rule.threshold()).isEqualTo(new Fraction(1, 2));
        assertThat(rule.comparison()).isEqualTo(VoteRule.Comparison.MORE_THAN);
        assertThat(rule.quorum()).isEqualTo(new Fraction(2, 3));
        assertThat(rule.base()).isEqualTo(VoteRule.Base.ELECTORATE);
        assertThat(rule.describe()).isEqualTo("quá 1/2 tổng số thành viên; có mặt từ 2/3 tổng số thành viên");
    }

    @Test
    void chienSiThiDuaTakesTheCouncilsHigherShareAtLeastNineTenths() {
        Parameters p = Table.of(Map.of(
                ParameterKey.VOTE_THRESHOLD_CSTD, parameter(ParameterKey.VOTE_THRESHOLD_CSTD, "0.9", "NĐ 91/2017"),
                ParameterKey.VOTE_THRESHOLD_OTHER, parameter(ParameterKey.VOTE_THRESHOLD_OTHER, "0.5", "Quy chế"),
                ParameterKey.VOTE_QUORUM, parameter(ParameterKey.VOTE_QUORUM, "0.6667", "Quy chế")));
        VoteRule cstd = VoteRule.council(Award.CSTD_TINH, p).orElseThrow();
        assertThat(cstd.threshold()).isEqualTo(new Fraction(9, 10));
        assertThat(cstd.comparison()).isEqualTo(VoteRule.Comparison.AT_LEAST);
        assertThat(VoteRule.council(Award.BK_TINH, p).orElseThrow().threshold()).isEqualTo(new Fraction(1, 2));
        assertThat(VoteRule.councilMethod(Award.CSTD_TINH)).isEqualTo(VoteRule.Method.SECRET_BALLOT);
        assertThat(VoteRule.councilMethod(Award.BK_TINH)).isEqualTo(VoteRule.Method.SHOW_OF_HANDS);
    }

    @Test
    void noRuleInForceIsNoRuleNotAnInventedOne() {
        assertThat(VoteRule.bloc(Table.of(Map.of()))).isEmpty();
        assertThat(VoteRule.council(true, Table.of(Map.of()))).isEmpty();
    }
}
