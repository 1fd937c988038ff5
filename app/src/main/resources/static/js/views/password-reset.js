// "¿Olvidaste tu contraseña?": #/recuperar asks for the e-mail (the server answers the same whether or not it has an
// account), and #/restablecer?token=… is the mailed link's page, where the new password is chosen.
import { api, session } from '../api.js';
import { h, heading, messageArea } from '../dom.js';
import { field, values, showErrors, clearErrors, serverFieldErrors, whileBusy } from '../forms.js';
import { checkNewPassword, checkRequired } from '../rules.js';
import { navigate } from '../router.js';

export function forgotPasswordView({ page, title }) {
    title('Recuperar contraseña');
    const messages = messageArea();
    const form = h('form', { class: 'card form narrow', novalidate: true },
        field({ name: 'email', label: 'Correo electrónico', type: 'email', autocomplete: 'username',
            maxlength: 254 }),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Enviar enlace'));

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkRequired(fields, 'email', 'El correo electrónico es obligatorio.');
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        messages.show('Enviando…');
        await whileBusy(form, async () => {
            try {
                const { data } = await api.requestPasswordReset(fields.email.trim());
                messages.show(data.message, 'success');
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });

    page.append(
        heading('Recuperar contraseña'),
        h('p', { class: 'lead' }, 'Escribe el correo de tu cuenta y te enviaremos un enlace para elegir una '
            + 'contraseña nueva. El enlace sirve una vez y vence en 1 hora.'),
        form,
        h('p', {}, h('a', { href: '#/login' }, 'Volver a iniciar sesión')));
}

export function resetPasswordView({ page, title, query }) {
    title('Nueva contraseña');
    const token = (query.token ?? '').trim();
    page.append(heading('Elige una contraseña nueva'));
    if (!token) {
        const status = messageArea();
        page.append(status, h('p', {}, h('a', { href: '#/recuperar' }, 'Pedir un enlace nuevo')));
        status.show('El enlace no trae un código. Ábrelo tal como llegó en el correo.', 'error');
        return;
    }
    const messages = messageArea();
    const form = h('form', { class: 'card form narrow', novalidate: true },
        field({ name: 'password1', label: 'Contraseña nueva', type: 'password', autocomplete: 'new-password',
            hint: 'Entre 8 y 72 caracteres.' }),
        field({ name: 'password2', label: 'Repite la contraseña', type: 'password', autocomplete: 'new-password' }),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Cambiar contraseña'));

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkNewPassword(fields);
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        messages.show('Guardando…');
        await whileBusy(form, async () => {
            try {
                const { data } = await api.confirmPasswordReset({ token, ...fields });
                session.clear(); // older sessions end with the reset
                navigate('/login', data.message);
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });
    page.append(form, h('p', {}, h('a', { href: '#/recuperar' }, 'Pedir un enlace nuevo')));
}
