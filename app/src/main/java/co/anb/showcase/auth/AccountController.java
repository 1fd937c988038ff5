package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.system.ApiRoleOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: read it, change its password, export its data, delete it (docs/accounts.md). */
@RestController
@ApiRoleOnly
@Tag(name = "Autenticación")
class AccountController {

    static final String EXPORT_FILE = "mis-datos-anb.json";

    private final UserAccounts accounts;
    private final AccountSecurity security;
    private final PersonalDataExport export;
    private final AuthService auth;

    AccountController(UserAccounts accounts, AccountSecurity security, PersonalDataExport export, AuthService auth) {
        this.accounts = accounts;
        this.security = security;
        this.export = export;
        this.auth = auth;
    }

    @GetMapping("/api/me")
    @Operation(summary = "La cuenta de quien llama: nombres, correo, ciudad, país, rol y si verificó el correo")
    UserAccounts.Account me(@AuthenticationPrincipal Jwt token) {
        return accounts.find(CurrentUser.id(token)).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "account_not_found", "La cuenta no existe."));
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Cambiar mi contraseña",
            description = "Pide la contraseña actual. Cierra las demás sesiones y devuelve un token nuevo.")
    @ApiResponse(responseCode = "200", description = "Contraseña cambiada, con un token nuevo")
    @ApiResponse(responseCode = "403", description = "La contraseña actual no es correcta")
    @ApiResponse(responseCode = "429", description = "Demasiados intentos fallidos (como el inicio de sesión)")
    PasswordChanged changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PasswordChange request,
                                   HttpServletRequest http) {
        UUID userId = CurrentUser.id(token);
        security.changePassword(userId, request.currentPassword(), request.password1(), request.password2(),
                http.getRemoteAddr());
        AuthService.IssuedToken fresh = auth.issue(userId, accounts.findHolder(userId).orElseThrow().role());
        return new PasswordChanged("Tu contraseña fue cambiada.", fresh.value(), "Bearer", fresh.expiresInSeconds());
    }

    @GetMapping("/api/me/export")
    @Operation(summary = "Descargar todos mis datos (JSON)",
            description = "Cuenta, videos con sus estados y URLs, y votos emitidos (Ley 1581 de 2012).")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal Jwt token) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(EXPORT_FILE)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.of(CurrentUser.id(token)));
    }

    @DeleteMapping("/api/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Eliminar mi cuenta, mis videos y mis votos",
            description = "Pide la contraseña. Los votos emitidos dejan de contar y los archivos se borran.")
    @ApiResponse(responseCode = "204", description = "Cuenta eliminada")
    @ApiResponse(responseCode = "403", description = "La contraseña no es correcta")
    void delete(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AccountDeletion request,
                HttpServletRequest http) {
        security.delete(CurrentUser.id(token), request.password(), http.getRemoteAddr());
    }

    record PasswordChange(
            @NotBlank(message = "La contraseña actual es obligatoria.")
            @Size(max = 128, message = "La contraseña actual admite máximo 128 caracteres.")
            String currentPassword,
            @NewPassword
            String password1,
            @NotBlank(message = "La confirmación de la contraseña es obligatoria.")
            @Size(max = 128, message = "La confirmación de la contraseña admite máximo 128 caracteres.")
            String password2) {
    }

    record AccountDeletion(
            @NotBlank(message = "La contraseña es obligatoria.")
            @Size(max = 128, message = "La contraseña admite máximo 128 caracteres.")
            String password) {
    }

    record PasswordChanged(String message, String accessToken, String tokenType, long expiresIn) {
    }
}
