package co.anb.showcase.auth;

import jakarta.validation.constraints.NotBlank;

record LoginRequest(
        @NotBlank(message = "El correo electrónico es obligatorio.") String email,
        @NotBlank(message = "La contraseña es obligatoria.") String password) {
}
