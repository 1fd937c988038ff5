// A banner for logged-in players whose e-mail is not verified yet, with "Reenviar correo". The account is read from
// GET /api/me at each session change, and after the verification page succeeds.
import { api, session } from '../api.js';
import { h, messageArea } from '../dom.js';

function element() {
    return document.getElementById('account-banner');
}

async function refresh() {
    const banner = element();
    if (!session.current()) {
        banner.hidden = true;
        banner.replaceChildren();
        return;
    }
    try {
        const { data: me } = await api.me();
        if (me.email_verified) {
            banner.hidden = true;
            banner.replaceChildren();
            return;
        }
        banner.replaceChildren(...content(me.email));
        banner.hidden = false;
    } catch {
        // the page works without the banner; a dead session is handled by the page itself
        banner.hidden = true;
    }
}

function content(email) {
    const message = messageArea('banner-message');
    const button = h('button', { type: 'button', class: 'button' }, 'Reenviar correo');
    button.addEventListener('click', async () => {
        button.disabled = true;
        try {
            const { data } = await api.resendVerificationEmail();
            message.show(data.message, 'success');
        } catch (error) {
            message.show(error.message, 'error');
        } finally {
            button.disabled = false;
        }
    });
    return [h('p', {}, 'Verifica tu correo electrónico para votar: te enviamos un enlace a ', h('strong', {}, email),
        '.'), button, message];
}

export const accountBanner = { refresh };
