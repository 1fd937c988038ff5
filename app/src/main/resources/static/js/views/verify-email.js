// #/verificar?token=…: the link of the verification mail. Posts the token once and shows the server's answer.
import { api } from '../api.js';
import { h, heading, messageArea } from '../dom.js';

export function verifyEmailView({ page, title, query }) {
    title('Verificar correo');
    const status = messageArea();
    page.append(heading('Verificar correo electrónico'), status);
    const token = (query.token ?? '').trim();
    if (!token) {
        status.show('El enlace no trae un código de verificación. Ábrelo tal como llegó en el correo.', 'error');
        return;
    }
    status.show('Verificando tu correo…');
    api.verifyEmail(token).then(({ data }) => {
        status.show(data.message, 'success');
        page.append(h('p', {}, h('a', { href: '#/' }, 'Ir a los videos y votar')));
        window.dispatchEvent(new Event('account-verified'));
    }).catch((error) => status.show(error.message, 'error'));
}
