// Sign up and log in.
import { api, session } from '../api.js';
import { catalogueList } from '../cities.js';
import { h, heading, messageArea } from '../dom.js';
import { field, values, showErrors, clearErrors, serverFieldErrors, whileBusy } from '../forms.js';
import { checkLogin, checkSignup } from '../rules.js';
import { href, navigate, withQuery } from '../router.js';

/** The email just signed up with, to fill in the login form (kept in memory, not in the URL). */
let signedUpEmail = '';

/** Where to go after logging in: the page that asked for it, if it is one of ours. */
function nextPath(query) {
    return query.next?.startsWith('/') ? query.next : '/mis-videos';
}

export function signupView({ page, title, query }) {
    title('Crear cuenta');
    const messages = messageArea();
    const form = h('form', { class: 'card form', novalidate: true },
        h('div', { class: 'field-row' },
            field({ name: 'first_name', label: 'Nombre', autocomplete: 'given-name', maxlength: 100 }),
            field({ name: 'last_name', label: 'Apellido', autocomplete: 'family-name', maxlength: 100 })),
        field({ name: 'email', label: 'Correo electrónico', type: 'email', autocomplete: 'email', maxlength: 254 }),
        h('div', { class: 'field-row' },
            field({ name: 'password1', label: 'Contraseña', type: 'password', autocomplete: 'new-password',
                hint: 'Entre 8 y 72 caracteres.' }),
            field({ name: 'password2', label: 'Repite la contraseña', type: 'password',
                autocomplete: 'new-password' })),
        h('div', { class: 'field-row' },
            field({ name: 'city', label: 'Ciudad', autocomplete: 'address-level2', maxlength: 100,
                list: 'municipios', hint: 'Los rankings son por ciudad. Escribe tu municipio y elígelo de la lista; '
                    + 'si el nombre se repite en otro departamento, escribe «Municipio, Departamento».' }),
            field({ name: 'country', label: 'País', autocomplete: 'country-name', maxlength: 100,
                value: 'Colombia' })),
        catalogueList('municipios'),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Crear cuenta'));

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkSignup(fields);
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        messages.show('Creando tu cuenta…');
        await whileBusy(form, async () => {
            try {
                const { data } = await api.signup(fields);
                signedUpEmail = fields.email.trim();
                navigate(withQuery('/login', pick(query, 'next')), `${data.message} Ya puedes iniciar sesión.`);
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });

    page.append(
        heading('Crear cuenta de jugador'),
        h('p', { class: 'lead' }, 'Regístrate para subir tus videos y votar por otros jugadores.'),
        form,
        h('p', {}, '¿Ya tienes cuenta? ', h('a', { href: href('/login', pick(query, 'next')) }, 'Inicia sesión')));
}

export function loginView({ page, title, query }) {
    title('Iniciar sesión');
    const prefilled = signedUpEmail;
    signedUpEmail = '';
    const messages = messageArea();
    const form = h('form', { class: 'card form narrow', novalidate: true },
        field({ name: 'email', label: 'Correo electrónico', type: 'email', autocomplete: 'username',
            value: prefilled }),
        field({ name: 'password', label: 'Contraseña', type: 'password', autocomplete: 'current-password' }),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Iniciar sesión'));

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const fields = values(form);
        const errors = checkLogin(fields);
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        clearErrors(form);
        messages.show('Iniciando sesión…');
        await whileBusy(form, async () => {
            try {
                const email = fields.email.trim();
                const { data } = await api.login(email, fields.password);
                session.save(data.access_token, data.expires_in, email);
                navigate(nextPath(query), `Sesión iniciada como ${email}.`);
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });

    page.append(
        heading('Iniciar sesión'),
        form,
        h('p', {}, '¿No tienes cuenta? ', h('a', { href: href('/signup', pick(query, 'next')) }, 'Regístrate')));
    if (prefilled) {
        queueMicrotask(() => form.elements.password.focus());
    }
}

function pick(query, name) {
    return query[name] ? { [name]: query[name] } : {};
}
