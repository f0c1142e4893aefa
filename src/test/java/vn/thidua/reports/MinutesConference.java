package vn.thidua.reports;

import static vn.thidua.support.Api.json;

import java.util.Arrays;
import java.util.stream.Stream;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;

/**
 * A bloc year's conference as its leading unit records it, naming the chair and the secretary whose
 * signatures its minutes await; and someone who is neither.
 */
final class MinutesConference {

    static final String CHAIR = "Nguyễn Văn Chủ";
    static final String SECRETARY = "Trần Thị Thư";
    static final String SOMEONE_ELSE = "Lê Văn Khác";

    private MinutesConference() {}

    /**
     * A new bloc year of two units (2024) whose conference, held on 13 January 2025 in the leader's hall,
     * names the chair and the secretary, with {@code more} of the record's fields; not locked.
     */
    static BlocFixture.Bloc held(int port, BlocFixture fixture, Object... more) {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Object[] fields = Stream.concat(
                        Stream.of(
                                "heldOn",
                                "2025-01-13",
                                "place",
                                "Hội trường Sở số 1",
                                "chair",
                                CHAIR,
                                "secretary",
                                SECRETARY),
                        Arrays.stream(more))
                .toArray();
        Api.as(port, bloc.officer(0))
                .put(bloc.path("/conference"), json(fields))
                .expect(200);
        return bloc;
    }
}
