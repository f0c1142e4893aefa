package vn.thidua.voting;

import java.util.List;

/**
 * The written opinion of an absent elector as one person enters it from the signed letter: whose
 * (a member unit, or in a council's vote a council member) and the options it chose. The letter
 * travels beside it as a file.
 */
public record WrittenOpinionEntry(Long unitId, Long councilMemberId, List<Long> optionIds, Long version) {}
