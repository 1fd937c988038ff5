// Moderación: the published videos (Ocultar, with a reason), the hidden ones (Mostrar) and the account search
// (accounts.js). A hidden video leaves the gallery, the rankings and the share pages; its owner sees the reason.
import { formatDate, formatNumber, h, messageArea } from '../../dom.js';
import { accountsPanel } from './accounts.js';
import { itemsOf, staffApi } from './staff-api.js';
import { actionDialog, pageButtons, rowButton, table } from './widgets.js';

const PAGE_SIZE = 20;

export function moderationSection({ body }) {
    const published = videoPanel({ hidden: false, heading: 'Videos publicados',
        empty: 'No hay videos publicados.' });
    const hidden = videoPanel({ hidden: true, heading: 'Videos ocultos', empty: 'No hay videos ocultos.' });
    // a video that moves from one list to the other shows up there at once
    const reloadBoth = () => {
        published.load();
        hidden.load();
    };
    published.onChange = reloadBoth;
    hidden.onChange = reloadBoth;
    body.append(published.element, hidden.element, accountsPanel());
    reloadBoth();
}

function videoPanel({ hidden, heading, empty }) {
    const headingId = hidden ? 'moderacion-ocultos' : 'moderacion-publicados';
    const status = messageArea();
    const content = h('div');
    const paging = h('div', { class: 'actions-row' });
    const panel = { element: h('section', { class: 'card staff-panel', 'aria-labelledby': headingId,
        'data-list': hidden ? 'hidden' : 'published' }, h('h3', { id: headingId }, heading), status, content, paging),
    page: 1, onChange: () => panel.load() };

    panel.load = async () => {
        status.show('Cargando videos…');
        try {
            const { data } = await staffApi.videos({ hidden, page: panel.page, limit: PAGE_SIZE });
            const { items, total } = itemsOf(data);
            status.show(items.length ? `${formatNumber(total)} ${total === 1 ? 'video' : 'videos'}.` : empty);
            content.replaceChildren(items.length ? videoTable(heading, items, hidden, panel) : '');
            paging.replaceChildren(...pageButtons(panel, total, PAGE_SIZE));
        } catch (error) {
            status.show(error.message, 'error');
        }
    };
    return panel;
}

function videoTable(caption, videos, hidden, panel) {
    const columns = [{ label: 'Video' }, { label: 'Jugador' }, { label: 'Ciudad' },
        { label: 'Votos', class: 'num' }, hidden ? { label: 'Motivo' } : { label: 'Subido' }, { label: 'Acciones' }];
    return table(caption, columns, videos.map((video) => [
        video.processed_url ? h('a', { href: video.processed_url, target: '_blank', rel: 'noopener' }, video.title)
            : video.title,
        h('span', {}, video.player ?? '', h('br'), h('small', {}, video.email ?? '')),
        video.city ?? '',
        formatNumber(video.votes ?? 0),
        hidden ? (video.hidden_reason ?? '') : formatDate(video.uploaded_at),
        h('span', { class: 'row-actions', 'data-video-id': video.video_id },
            hidden ? showButton(video, panel) : hideButton(video, panel),
            h('a', { class: 'button small secondary', href: `#/staff/votos?video=${video.video_id}`,
                'aria-label': `Votos de «${video.title}»` }, 'Votos')),
    ]));
}

function hideButton(video, panel) {
    const button = rowButton('Ocultar', `Ocultar «${video.title}»`, () => actionDialog({
        opener: button,
        title: `¿Ocultar «${video.title}»?`,
        text: 'Sale de la galería, de los rankings y de su página para compartir, y no se puede votar. '
            + 'Su dueño lo ve oculto, con el motivo.',
        reasonLabel: 'Motivo (lo verá el jugador)',
        confirmText: 'Ocultar video',
        danger: true,
        action: (reason) => staffApi.hideVideo(video.video_id, reason),
        onDone: () => panel.onChange(),
    }), 'danger');
    button.classList.add('hide-video');
    return button;
}

function showButton(video, panel) {
    const button = rowButton('Mostrar', `Mostrar de nuevo «${video.title}»`, () => actionDialog({
        opener: button,
        title: `¿Mostrar de nuevo «${video.title}»?`,
        text: 'Vuelve a la galería y a los rankings con sus votos.',
        confirmText: 'Mostrar video',
        action: () => staffApi.unhideVideo(video.video_id),
        onDone: () => panel.onChange(),
    }));
    button.classList.add('unhide-video');
    return button;
}
