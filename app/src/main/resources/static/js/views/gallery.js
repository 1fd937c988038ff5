// The public gallery: processed videos with paging, a city filter and two orders, each playable in place and
// votable by logged-in users.
import { api, session } from '../api.js';
import { playerCitiesList } from '../cities.js';
import { formatDate, formatVotes, h, heading, messageArea, pageNumber, pager } from '../dom.js';
import { currentPath, href, navigate, withQuery } from '../router.js';
import { shareButton } from '../share.js';

const PAGE_SIZE = 12;

export function galleryView({ page, title, query }) {
    title('Videos');
    const city = (query.city ?? '').trim();
    const sort = query.sort === 'recent' ? 'recent' : 'votes';
    const pageNo = pageNumber(query.page);
    const status = messageArea();
    const list = h('ul', { class: 'cards', 'aria-label': 'Videos publicados' });
    const paging = h('div');
    const contest = h('p', { class: 'contest-state', role: 'status', 'aria-live': 'polite' });

    page.append(
        heading('Videos de los jugadores'),
        h('p', { class: 'lead' }, 'Mira las jugadas publicadas y vota por tus favoritas. Los jugadores más votados '
            + 'de cada ciudad van al torneo Rising Stars.'),
        contest,
        filters(city, sort),
        status, list, paging);

    api.contest().then(({ data }) => {
        contest.dataset.open = String(data.voting_open);
        contest.textContent = contestState(data, Date.now());
    }).catch(() => contest.remove());
    status.show('Cargando videos…');
    api.publicVideos({ page: pageNo, limit: PAGE_SIZE, city, sort }).then(({ data, total }) => {
        const count = total ?? data.length;
        if (data.length === 0 && count > 0) {
            status.show('Esta página no tiene videos.');
        } else if (data.length === 0) {
            status.show(city ? `No hay videos publicados de la ciudad «${city}».` : 'Aún no hay videos publicados.');
        } else {
            status.show(`${count} ${count === 1 ? 'video' : 'videos'}${city ? ` de ${city}` : ''}.`);
        }
        list.replaceChildren(...data.map(card));
        paging.replaceChildren(pager(pageNo, PAGE_SIZE, count, (n) => href('/', { city, sort, page: n })));
    }).catch((error) => status.show(error.message, 'error'));
}

/** "open / closes in … / closed / opens on …", from GET /api/public/contest. */
export function contestState(contest, now) {
    const opens = contest.voting_opens_at ? Date.parse(contest.voting_opens_at) : null;
    const closes = contest.voting_closes_at ? Date.parse(contest.voting_closes_at) : null;
    if (!contest.voting_open) {
        return opens !== null && opens > now
            ? `La votación abre el ${formatDate(contest.voting_opens_at)}.`
            : 'La votación está cerrada.';
    }
    if (closes === null) {
        return 'La votación está abierta.';
    }
    const hours = Math.max(1, Math.round((closes - now) / 3_600_000));
    const left = hours < 48 ? `${hours} ${hours === 1 ? 'hora' : 'horas'}` : `${Math.round(hours / 24)} días`;
    return `La votación está abierta: cierra en ${left} (${formatDate(contest.voting_closes_at)}).`;
}

function filters(city, sort) {
    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filtrar videos' },
        h('div', { class: 'field' },
            h('label', { for: 'filtro-ciudad' }, 'Ciudad'),
            h('input', { id: 'filtro-ciudad', name: 'city', type: 'search', value: city, maxlength: 100,
                placeholder: 'Todas', autocomplete: 'off', list: 'filtro-ciudades' }),
            playerCitiesList('filtro-ciudades')),
        h('div', { class: 'field' },
            h('label', { for: 'filtro-orden' }, 'Ordenar por'),
            h('select', { id: 'filtro-orden', name: 'sort' },
                h('option', { value: 'votes', selected: sort === 'votes' }, 'Más votados'),
                h('option', { value: 'recent', selected: sort === 'recent' }, 'Más recientes'))),
        h('button', { type: 'submit', class: 'button' }, 'Aplicar'));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        navigate(withQuery('/', { city: form.elements.city.value.trim(), sort: form.elements.sort.value }));
    });
    return form;
}

function card(video) {
    const votes = h('span', { class: 'votes', 'data-votes': video.votes }, formatVotes(video.votes));
    const message = messageArea('vote-message');
    const button = h('button', { type: 'button', class: 'button primary vote' });
    const showVoted = (voted) => {
        button.disabled = voted;
        button.textContent = voted ? '✓ Votaste' : 'Votar';
        button.setAttribute('aria-label', voted ? `Votaste por «${video.title}»` : `Votar por «${video.title}»`);
    };
    showVoted(video.voted_by_me === true);

    button.addEventListener('click', async () => {
        if (!session.current()) {
            message.show('Inicia sesión para votar. ', 'error', loginLink());
            return;
        }
        button.disabled = true;
        try {
            const { data } = await api.vote(video.video_id);
            video.votes += 1;
            votes.dataset.votes = video.votes;
            votes.textContent = formatVotes(video.votes);
            showVoted(true);
            message.show(data.message, 'success');
        } catch (error) {
            button.disabled = false;
            message.show(error.message, 'error', error.status === 401 ? loginLink() : null);
        }
    });

    return h('li', { class: 'card video-card', 'data-video-id': video.video_id },
        playable(video),
        h('div', { class: 'card-body' },
            h('h2', { class: 'card-title' }, video.title),
            h('p', { class: 'meta' }, h('span', { class: 'player-name' }, video.username), ' · ',
                h('span', { class: 'city' }, video.city)),
            h('div', { class: 'vote-row' }, votes, button),
            message,
            shareButton(video)));
}

/** The thumbnail as a play button; a click puts the processed video in its place and starts it. */
function playable(video) {
    const label = `«${video.title}» de ${video.username}`;
    const play = h('button', { type: 'button', class: 'play', 'aria-label': `Reproducir ${label}`,
        disabled: !video.processed_url },
        video.thumbnail_url
            ? h('img', { src: video.thumbnail_url, alt: '', width: '640', height: '360', loading: 'lazy' })
            : null,
        h('span', { class: 'play-icon', 'aria-hidden': 'true' }));
    play.addEventListener('click', () => {
        const player = h('video', { class: 'player', controls: true, autoplay: true, playsinline: true,
            src: video.processed_url, poster: video.thumbnail_url, 'aria-label': `Video ${label}` });
        play.replaceWith(player);
        player.focus();
    });
    return play;
}

function loginLink() {
    return h('a', { href: href('/login', { next: currentPath() }) }, 'Iniciar sesión');
}
