// #/cuenta: the player's own account. Change the password (the server ends other sessions and hands this tab a new
// token), download all my data, and delete the account after typing the password again.
import { api, downloadMyData, session } from '../api.js';
import { h, heading, messageArea } from '../dom.js';
import { field, values, showErrors, clearErrors, serverFieldErrors, whileBusy } from '../forms.js';
import { checkNewPassword, checkRequired } from '../rules.js';
import { navigate } from '../router.js';

export function accountView({ page, title }) {
    title('Mi cuenta');
    const summary = h('div', { class: 'card panel' }, h('p', {}, 'Cargando tu cuenta…'));
    page.append(heading('Mi cuenta'), summary, passwordForm(), exportCard(), deleteForm());
    api.me().then(({ data: me }) => summary.replaceChildren(
        h('p', {}, h('strong', {}, `${me.first_name} ${me.last_name}`), ` · ${me.city}, ${me.country}`),
        h('p', {}, `Correo: ${me.email}`, me.email_verified ? ' (verificado)' : ' (sin verificar)')))
        .catch((error) => summary.replaceChildren(h('p', { class: 'message error' }, error.message)));
}

function passwordForm() {
    const messages = messageArea();
    const form = h('form', { class: 'card form', novalidate: true, 'aria-labelledby': 'cambiar-clave' },
        h('h2', { id: 'cambiar-clave' }, 'Cambiar contraseña'),
        field({ name: 'current_password', label: 'Contraseña actual', type: 'password',
            autocomplete: 'current-password' }),
        h('div', { class: 'field-row' },
            field({ name: 'password1', label: 'Contraseña nueva', type: 'password', autocomplete: 'new-password',
                hint: 'Entre 8 y 72 caracteres.' }),
            field({ name: 'password2', label: 'Repite la contraseña nueva', type: 'password',
                autocomplete: 'new-password' })),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Cambiar contraseña'));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkNewPassword(fields,
            checkRequired(fields, 'current_password', 'La contraseña actual es obligatoria.'));
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        await whileBusy(form, async () => {
            try {
                const { data } = await api.changePassword(fields);
                session.save(data.access_token, data.expires_in, session.current()?.email);
                form.reset();
                messages.show(`${data.message} Las demás sesiones se cerraron.`, 'success');
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });
    return form;
}

function exportCard() {
    const messages = messageArea();
    const button = h('button', { type: 'button', class: 'button' }, 'Descargar mis datos');
    button.addEventListener('click', async () => {
        button.disabled = true;
        try {
            await downloadMyData();
            messages.show('Descarga lista: mis-datos-anb.json.', 'success');
        } catch (error) {
            messages.show(error.message, 'error');
        } finally {
            button.disabled = false;
        }
    });
    return h('section', { class: 'card panel', 'aria-labelledby': 'mis-datos' },
        h('h2', { id: 'mis-datos' }, 'Mis datos'),
        h('p', {}, 'Un archivo JSON con tu cuenta, tus videos con sus estados y enlaces, y los votos que emitiste.'),
        button, messages);
}

function deleteForm() {
    const messages = messageArea();
    const form = h('form', { class: 'card form danger-zone', novalidate: true, 'aria-labelledby': 'eliminar' },
        h('h2', { id: 'eliminar' }, 'Eliminar mi cuenta'),
        h('p', {}, 'Se borran tu cuenta, todos tus videos (también los publicados) con sus archivos, y tus votos, '
            + 'que dejan de contar en los rankings. No se puede deshacer.'),
        field({ name: 'password', label: 'Escribe tu contraseña para confirmar', type: 'password',
            autocomplete: 'current-password' }),
        messages,
        h('button', { type: 'submit', class: 'button danger' }, 'Eliminar mi cuenta'));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkRequired(fields, 'password', 'La contraseña es obligatoria.');
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        await whileBusy(form, async () => {
            try {
                await api.deleteAccount(fields.password);
                session.clear();
                navigate('/', 'Tu cuenta y tus datos fueron eliminados.');
            } catch (error) {
                showErrors(form, messages, error.status === 403 ? { password: error.message }
                    : serverFieldErrors(error), error.message);
            }
        });
    });
    return form;
}
