package vn.thidua.scoring.domain;

/** The inspecting unit scores the inspected unit (kiểm tra chéo). */
public record InspectionPair(long inspector, long inspected) {

    public InspectionPair reversed() {
        return new InspectionPair(inspected, inspector);
    }
}
