// Votos sospechosos: pick a video (the most voted ones, or any video id), see its clusters of votes (one address,
// one subnet, bursts of new or unverified accounts) and void the votes of an account after a confirmation.
import { formatDate, formatNumber, h, messageArea } from '../../dom.js';
import { navigate, withQuery } from '../../router.js';
import { staffApi } from './staff-api.js';
import { actionDialog, rowButton } from './widgets.js';

const KINDS = {
    ip: 'Misma dirección IP',
    subnet: 'Misma subred',
    new_accounts: 'Cuentas nuevas',
    unverified_accounts: 'Cuentas sin verificar',
};

export function suspiciousSection({ body, query }) {
    const videoId = (query.video ?? '').trim();
    const status = messageArea();
    const clusters = h('div', { class: 'clusters' });
    const select = h('select', { id: 'votos-video', name: 'video' },
        h('option', { value: '' }, 'Elige un video…'));
    const form = h('form', { class: 'filters', 'aria-label': 'Elegir el video a revisar' },
        h('div', { class: 'field' }, h('label', { for: 'votos-video' }, 'Video (los 50 más votados)'), select),
        h('div', { class: 'field' }, h('label', { for: 'votos-id' }, 'O su identificador'),
            h('input', { id: 'votos-id', name: 'id', type: 'text', value: videoId, autocomplete: 'off',
                spellcheck: 'false' })),
        h('button', { type: 'submit', class: 'button' }, 'Revisar votos'));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = form.elements.id.value.trim() || select.value;
        navigate(withQuery('/staff/votos', { video: chosen }));
    });
    select.addEventListener('change', () => {
        form.elements.id.value = select.value;
    });
    body.append(h('p', { class: 'lead' }, 'Grupos de votos de un mismo origen o de cuentas nuevas en poco tiempo. '
        + 'Anular los votos de una cuenta los conserva para la auditoría y deja de contarlos al instante.'),
    form, status, clusters);

    staffApi.topVideos().then(({ data }) => {
        select.append(...data.map((video) => h('option', {
            value: video.video_id, selected: video.video_id === videoId,
        }, `${video.title} · ${video.username} (${video.city}) · ${formatNumber(video.votes)} votos`)));
    }).catch((error) => status.show(error.message, 'error'));

    if (!videoId) {
        status.show('Elige un video para ver sus grupos de votos.');
        return;
    }
    // after a void, `done` says how many votes stopped counting, in place of the count of clusters
    const load = async (done) => {
        status.show('Buscando grupos de votos…');
        try {
            const { data } = await staffApi.suspicious(videoId);
            const found = data.length ? `${data.length} ${data.length === 1 ? 'grupo' : 'grupos'} para revisar.`
                : 'Este video no tiene grupos de votos sospechosos.';
            status.show(done ?? found, done || !data.length ? 'success' : 'info');
            clusters.replaceChildren(...data.map((cluster, i) => clusterCard(cluster, i, load)));
        } catch (error) {
            status.show(error.message, 'error');
        }
    };
    load();
}

function clusterCard(cluster, index, reload) {
    const headingId = `grupo-${index}`;
    const minutes = Math.max(1, Math.round(cluster.span_seconds / 60));
    return h('section', { class: 'card staff-panel cluster', 'aria-labelledby': headingId, 'data-kind': cluster.kind },
        h('h3', { id: headingId }, `${KINDS[cluster.kind] ?? cluster.kind}${cluster.key ? ` · ${cluster.key}` : ''}`),
        h('dl', { class: 'facts' },
            h('dt', {}, 'Votos'),
            h('dd', {}, `${formatNumber(cluster.votes)} (${formatNumber(cluster.voided)} anulados)`),
            h('dt', {}, 'Cuentas'), h('dd', {}, formatNumber(cluster.accounts)),
            h('dt', {}, 'Entre'), h('dd', {}, `${formatDate(cluster.first_vote_at)} y `
                + `${formatDate(cluster.last_vote_at)} (${cluster.span_seconds < 60 ? 'menos de un minuto'
                : `${minutes} min`})`)),
        h('ul', { class: 'account-list', 'aria-label': 'Cuentas del grupo' },
            ...cluster.user_ids.map((userId) => h('li', {}, h('code', {}, userId), voidButton(userId, reload)))));
}

function voidButton(userId, reload) {
    const button = rowButton('Anular votos', `Anular los votos de la cuenta ${userId}`, () => actionDialog({
        opener: button,
        title: '¿Anular todos los votos de esta cuenta?',
        text: `Todos los votos de la cuenta ${userId}, en cualquier video, dejan de contar. Se conservan para la `
            + 'auditoría.',
        reasonLabel: 'Motivo (queda en el registro)',
        confirmText: 'Anular votos',
        danger: true,
        action: (reason) => staffApi.voidVotes(userId, reason),
        onDone: ({ data }) => reload(`Votos anulados de la cuenta: ${formatNumber(data.votes_voided)}.`),
    }), 'danger');
    button.classList.add('void-votes');
    return button;
}
