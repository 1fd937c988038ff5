package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Autenticación")
class AccountController {

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    @Operation(summary = "La cuenta de quien llama: nombres, correo, ciudad, país, rol y si verificó el correo")
    UserAccounts.Account me(@AuthenticationPrincipal Jwt token) {
        return accounts.find(CurrentUser.id(token)).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "account_not_found", "La cuenta no existe."));
    }
}
