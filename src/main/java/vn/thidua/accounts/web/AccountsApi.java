package vn.thidua.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.accounts.AccountChange;
import vn.thidua.accounts.AccountCommand;
import vn.thidua.accounts.AccountCreated;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.accounts.ServiceAccountCommand;
import vn.thidua.accounts.ServiceAccountCreated;
import vn.thidua.platform.security.CurrentUser;

/** Accounts of people and of other systems, for the administrator and each board within its authority. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Tài khoản",
        description = "Tài khoản người dùng và tài khoản dịch vụ (quản trị; Ban TĐKT trong phạm vi cơ quan mình)")
record AccountsApi(AccountService accounts) {

    @GetMapping("/users")
    @Operation(summary = "Tìm tài khoản (tên đăng nhập, họ tên, thư điện tử; không phân biệt dấu)")
    List<AccountView> users(CurrentUser user, @RequestParam(defaultValue = "") String q) {
        return accounts.search(user, q, false);
    }

    @GetMapping("/users/{id}")
    AccountView user(CurrentUser user, @PathVariable long id) {
        return accounts.get(user, id);
    }

    @PostMapping("/users")
    @Operation(summary = "Tạo tài khoản; trả về liên kết kích hoạt dùng một lần (72 giờ) để người dùng tự đặt mật khẩu")
    ResponseEntity<AccountCreated> create(CurrentUser user, @RequestBody AccountCommand command) {
        AccountCreated created = accounts.create(user, command);
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + created.account().id()))
                .body(created);
    }

    @PatchMapping("/users/{id}")
    @Operation(summary = "Khóa/mở tài khoản, đổi vai trò và phạm vi, mở khóa đăng nhập, gỡ xác thực hai yếu tố")
    AccountView change(CurrentUser user, @PathVariable long id, @RequestBody AccountChange change) {
        return accounts.change(user, id, change);
    }

    @PostMapping("/users/{id}/reset")
    @Operation(summary = "Cấp liên kết đặt lại mật khẩu mới (liên kết cũ hết hiệu lực, mọi phiên đăng nhập kết thúc)")
    AccountCreated reset(CurrentUser user, @PathVariable long id) {
        return accounts.reset(user, id);
    }

    @GetMapping("/service-accounts")
    List<AccountView> serviceAccounts(CurrentUser user, @RequestParam(defaultValue = "") String q) {
        return accounts.search(user, q, true);
    }

    @PostMapping("/service-accounts")
    @Operation(summary = "Tạo tài khoản dịch vụ cho hệ thống khác; mã truy cập (Bearer) chỉ hiển thị một lần")
    ResponseEntity<ServiceAccountCreated> createService(CurrentUser user, @RequestBody ServiceAccountCommand command) {
        ServiceAccountCreated created = accounts.createService(user, command);
        return ResponseEntity.created(URI.create(
                        "/api/v1/service-accounts/" + created.account().id()))
                .body(created);
    }

    @DeleteMapping("/service-accounts/{id}")
    @Operation(
            summary = "Thu hồi tài khoản dịch vụ: mã truy cập hết hiệu lực ngay, tài khoản bị khóa (giữ lại lịch sử)")
    ResponseEntity<Void> revoke(CurrentUser user, @PathVariable long id) {
        accounts.revokeService(user, id);
        return ResponseEntity.noContent().build();
    }
}
