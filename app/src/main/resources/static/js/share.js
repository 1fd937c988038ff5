// "Compartir": the phone's share sheet (Web Share API) where the browser has one, else the link copied to the
// clipboard. The link is the video's share page (/v/{id}), which chat apps can preview, not a hash route.
import { h } from './dom.js';

export const COPIED = 'Enlace copiado';

/** The absolute link to a video's share page. */
export function shareUrl(videoId) {
    return new URL(`/v/${encodeURIComponent(videoId)}`, location.origin).href;
}

/** A "Compartir" button with the line that says what happened. */
export function shareButton(video) {
    const url = shareUrl(video.video_id);
    const said = h('span', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
    const button = h('button', { type: 'button', class: 'button secondary share', 'data-share-url': url,
        'aria-label': `Compartir «${video.title}»` }, 'Compartir');
    button.addEventListener('click', async () => {
        said.textContent = '';
        if (typeof navigator.share === 'function') {
            try {
                await navigator.share({ title: video.title, text: `Vota por «${video.title}» en ANB Rising Stars`,
                    url });
                return;
            } catch (error) {
                if (error.name === 'AbortError') {
                    return; // the user closed the share sheet
                }
                // no share target (or not allowed here): copy instead
            }
        }
        said.textContent = await copy(url) ? COPIED : `Copia este enlace: ${url}`;
    });
    return h('span', { class: 'share-row' }, button, said);
}

/** Clipboard API first; the older copy command for browsers or pages that refuse it. */
async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        const field = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
        field.value = text;
        document.body.append(field);
        field.select();
        const copied = document.execCommand('copy');
        field.remove();
        return copied;
    }
}
