package vn.thidua.org;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.internal.AuthorityStore;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;

@Service
public class AuthorityService {

    private final AuthorityStore store;
    private final OrgPermissions permissions;
    private final Checks checks;
    private final Messages messages;

    AuthorityService(AuthorityStore store, OrgPermissions permissions, Checks checks, Messages messages) {
        this.store = store;
        this.permissions = permissions;
        this.checks = checks;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<AuthorityView> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public AuthorityView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(messages.get("authority.notFound", id)));
    }

    @Transactional
    public AuthorityView create(CurrentUser user, AuthorityCommand command) {
        if (!permissions.canCreateAuthority(user)) {
            throw new AccessDeniedException("only an administrator creates authorities");
        }
        Checks.Collector check = checks.of(command);
        if (!check.hasErrorOn("code") && store.codeTaken(command.code())) {
            check.reject("code", "authority.code.taken", command.code());
        }
        if (!check.hasErrorOn("name") && store.nameTaken(command.name())) {
            check.reject("name", "authority.name.taken", command.name().trim());
        }
        check.throwIfInvalid();
        return get(store.insert(command.code(), command.name().trim(), command.kind()));
    }

    @Transactional(readOnly = true)
    public List<CouncilMemberView> councilMembers(long authorityId) {
        get(authorityId);
        return store.councilMembers(authorityId);
    }

    @Transactional(readOnly = true)
    public CouncilMemberView councilMember(long id) {
        return store.councilMember(id)
                .orElseThrow(() -> new NotFoundException(messages.get("councilMember.notFound", id)));
    }

    @Transactional
    public CouncilMemberView addCouncilMember(CurrentUser user, long authorityId, CouncilMemberCommand command) {
        get(authorityId);
        permissions.requireManage(user, authorityId);
        checkCouncilMember(command, authorityId, null);
        long id = store.insertCouncilMember(authorityId, command.fullName().trim(), position(command));
        return store.councilMember(id).orElseThrow();
    }

    /** A member's name or position corrected; a member is known by its name within its authority. */
    @Transactional
    public CouncilMemberView updateCouncilMember(CurrentUser user, long id, CouncilMemberCommand command) {
        CouncilMemberView current = councilMember(id);
        permissions.requireManage(user, current.authorityId());
        checkCouncilMember(command, current.authorityId(), id);
        store.updateCouncilMember(id, command.fullName().trim(), position(command));
        return store.councilMember(id).orElseThrow();
    }

    private void checkCouncilMember(CouncilMemberCommand command, long authorityId, Long exceptId) {
        Checks.Collector check = checks.of(command);
        if (!check.hasErrorOn("fullName") && store.councilMemberNameTaken(authorityId, command.fullName(), exceptId)) {
            check.reject(
                    "fullName",
                    "councilMember.fullName.taken",
                    command.fullName().trim());
        }
        check.throwIfInvalid();
    }

    private static String position(CouncilMemberCommand command) {
        return command.position() == null || command.position().isBlank()
                ? null
                : command.position().trim();
    }
}
