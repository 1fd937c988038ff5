package co.anb.showcase.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Autenticación")
class AuthController {

    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrar un jugador")
    SignupResponse signUp(@Valid @RequestBody SignupRequest request) {
        return new SignupResponse("Usuario creado exitosamente.", auth.signUp(request));
    }

    @PostMapping("/login")
    @Operation(summary = "Iniciar sesión y obtener un token JWT")
    LoginResponse logIn(@Valid @RequestBody LoginRequest request) {
        AuthService.IssuedToken token = auth.logIn(request);
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds());
    }

    @ExceptionHandler(AuthService.TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(AuthService.TooManyAttemptsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    record SignupResponse(String message, UUID userId) {
    }

    record LoginResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
