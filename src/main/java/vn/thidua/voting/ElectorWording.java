package vn.thidua.voting;

/**
 * A vote's messages speak to whoever votes in it: the units of a bloc ("Số đơn vị có mặt", "Đơn vị đã
 * bỏ phiếu") or the council's members, who vote each for themselves ("Số thành viên có mặt", "Bạn đã
 * bỏ phiếu"). The code of a refusal stays the same; only its wording follows the electorate.
 */
final class ElectorWording {

    private ElectorWording() {}

    /** The message key for this electorate: {@code key} for member units, {@code key.council} for the council. */
    static String of(VoteElectorate electorate, String key) {
        return electorate == VoteElectorate.COUNCIL ? key + ".council" : key;
    }
}
