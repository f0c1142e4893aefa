package vn.thidua.scoring.domain;

import org.jspecify.annotations.Nullable;

/**
 * A unit's place: position (units still equal after every tie-break share it, and
 * {@code tiedForVote} says the conference must decide between them), the class for the first three
 * positions (hạng Nhất, Nhì, Ba) and the completion level its total reaches.
 */
public record RankedUnit(
        int position,
        UnitTotal total,
        boolean tiedForVote,
        @Nullable RankClass rankClass,
        @Nullable String band) {

    public enum RankClass {
        NHAT,
        NHI,
        BA;

        static @Nullable RankClass of(int position) {
            return switch (position) {
                case 1 -> NHAT;
                case 2 -> NHI;
                case 3 -> BA;
                default -> null;
            };
        }
    }
}
