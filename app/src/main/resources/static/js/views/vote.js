// The web UI's side of a share page's "Votar": the visitor logs in if needed, then confirms the vote for that video.
// The share page (/v/{id}) shows the video; this page only casts the vote, through the same API as the gallery.
import { api, session } from '../api.js';
import { h, heading, messageArea } from '../dom.js';
import { navigate, withQuery } from '../router.js';

export function voteView({ page, params, title }) {
    title('Votar');
    if (!session.current()) {
        navigate(withQuery('/login', { next: `/votar/${params.id}` }), 'Inicia sesión para votar.');
        return;
    }
    const message = messageArea();
    const button = h('button', { type: 'button', class: 'button primary vote' }, 'Confirmar mi voto');
    button.addEventListener('click', async () => {
        button.disabled = true;
        try {
            const { data } = await api.vote(params.id);
            button.textContent = '✓ Votaste';
            message.show(data.message, 'success');
        } catch (error) {
            button.disabled = error.status !== 400 && error.status !== 403 && error.status !== 404;
            message.show(error.message, 'error');
        }
    });
    page.append(
        heading('Votar por este video'),
        h('p', { class: 'lead' }, 'Un voto por persona y video. Los jugadores más votados de cada ciudad van al '
            + 'torneo Rising Stars.'),
        h('p', {}, button),
        message,
        h('p', {}, h('a', { href: `/v/${encodeURIComponent(params.id)}` }, 'Ver el video'), ' · ',
            h('a', { href: '#/' }, 'Ver todos los videos')));
}
