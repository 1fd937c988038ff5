package co.anb.showcase.auth;

import co.anb.showcase.shared.PlainText;
import co.anb.showcase.system.ApiRoleOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Forgotten passwords: a single-use link by mail, then a new password (docs/accounts.md). */
@RestController
@ApiRoleOnly
@RequestMapping("/api/auth/password-reset")
@Tag(name = "Autenticación")
class PasswordResetController {

    private final PasswordRecovery recovery;

    PasswordResetController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Pedir un enlace para restablecer la contraseña",
            description = "Responde 202 igual exista o no una cuenta con ese correo; el enlace vence en 1 hora.")
    @ApiResponse(responseCode = "202", description = "Solicitud recibida")
    @ApiResponse(responseCode = "429", description = "Demasiadas solicitudes para ese correo o desde esa conexión")
    AuthController.MessageResponse request(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        recovery.requestReset(request.email(), http.getRemoteAddr());
        return new AuthController.MessageResponse(PasswordRecovery.REQUEST_ACCEPTED);
    }

    @PostMapping("/confirm")
    @Operation(summary = "Elegir una nueva contraseña con el token del enlace",
            description = "Las reglas de la contraseña son las del registro. Cierra las sesiones anteriores.")
    @ApiResponse(responseCode = "200", description = "Contraseña cambiada")
    @ApiResponse(responseCode = "400", description = "Token desconocido, usado o vencido, o contraseña no válida")
    AuthController.MessageResponse confirm(@Valid @RequestBody ConfirmRequest request) {
        recovery.confirm(request.token(), request.password1(), request.password2());
        return new AuthController.MessageResponse("Tu contraseña fue cambiada. Ya puedes iniciar sesión.");
    }

    record ResetRequest(
            @NotBlank(message = "El correo electrónico es obligatorio.")
            @Size(max = 254, message = "El correo electrónico admite máximo 254 caracteres.")
            @Pattern(regexp = PlainText.REGEX, message = "El correo electrónico contiene caracteres no permitidos.")
            String email) {
    }

    record ConfirmRequest(
            @Size(max = 100, message = "El token admite máximo 100 caracteres.")
            String token,
            @NewPassword
            String password1,
            @NotBlank(message = "La confirmación de la contraseña es obligatoria.")
            @Size(max = 128, message = "La confirmación de la contraseña admite máximo 128 caracteres.")
            String password2) {
    }
}
