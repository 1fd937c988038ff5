package co.anb.showcase.auth;

import co.anb.showcase.system.ApiRoleOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's address is Tomcat's remote address: behind the load balancer, the address it appended to
 * {@code X-Forwarded-For} (server.tomcat.remoteip.*), which a client cannot forge from outside.
 */
@RestController
@ApiRoleOnly
@RequestMapping("/api/auth")
@Tag(name = "Autenticación")
class AuthController {

    private final AuthService auth;
    private final AccountVerification verification;

    AuthController(AuthService auth, AccountVerification verification) {
        this.auth = auth;
        this.verification = verification;
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrar un jugador")
    SignupResponse signUp(@Valid @RequestBody SignupRequest request, HttpServletRequest http) {
        return new SignupResponse("Usuario creado exitosamente.", auth.signUp(request, http.getRemoteAddr()));
    }

    @PostMapping("/login")
    @Operation(summary = "Iniciar sesión y obtener un token JWT")
    LoginResponse logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        AuthService.IssuedToken token = auth.logIn(request, http.getRemoteAddr());
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds());
    }

    @PostMapping("/verify-email")
    @Operation(summary = "Verificar el correo con el token del enlace enviado por correo")
    @ApiResponse(responseCode = "200", description = "Correo verificado")
    @ApiResponse(responseCode = "400", description = "Token desconocido, ya usado o vencido")
    MessageResponse verifyEmail(@RequestBody VerifyEmailRequest request) {
        verification.verify(request == null ? null : request.token());
        return new MessageResponse("Correo electrónico verificado.");
    }

    @PostMapping("/verification-email")
    @Operation(summary = "Enviar de nuevo el correo de verificación",
            description = "Máximo 3 correos por hora por cuenta, contando el del registro.")
    @ApiResponse(responseCode = "200", description = "Correo enviado, o la cuenta ya estaba verificada")
    @ApiResponse(responseCode = "429", description = "Demasiados correos en la última hora (Retry-After)")
    MessageResponse resendVerificationEmail(@AuthenticationPrincipal Jwt token) {
        return new MessageResponse(verification.resend(CurrentUser.id(token)));
    }

    record VerifyEmailRequest(String token) {
    }

    record MessageResponse(String message) {
    }

    record SignupResponse(String message, UUID userId) {
    }

    record LoginResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
