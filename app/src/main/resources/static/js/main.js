// Entry point: the routes, the navigation bar (which follows the session) and the router.
import { session } from './api.js';
import { h, heading } from './dom.js';
import { currentPath, navigate, notFound, route, start, withQuery } from './router.js';
import { loginView, signupView } from './views/auth.js';
import { accountBanner } from './views/account-banner.js';
import { accountView } from './views/account.js';
import { galleryView } from './views/gallery.js';
import { myVideosView } from './views/my-videos.js';
import { forgotPasswordView, resetPasswordView } from './views/password-reset.js';
import { privacyView } from './views/privacy.js';
import { rankingView } from './views/ranking.js';
import { staffView } from './views/staff/staff.js';
import { isStaff, knownStaff } from './views/staff/staff-role.js';
import { verifyEmailView } from './views/verify-email.js';
import { videoDetailView } from './views/video-detail.js';
import { voteView } from './views/vote.js';

/** Pages for players only send a logged-out visitor to the login form, and back here afterwards. */
function loggedIn(view) {
    return (context) => {
        if (!session.current()) {
            navigate(withQuery('/login', { next: currentPath() }), 'Inicia sesión para ver tus videos.');
            return;
        }
        view(context);
    };
}

route('/', galleryView);
route('/ranking', rankingView);
route('/login', loginView);
route('/signup', signupView);
route('/mis-videos', loggedIn(myVideosView));
route('/videos/:id', loggedIn(videoDetailView));
route('/verificar', verifyEmailView);
route('/staff', staffView);
route('/staff/:section', staffView);
// a share page's "Votar" (/v/{id}): the view sends a logged-out visitor to the login first
route('/votar/:id', voteView);
route('/recuperar', forgotPasswordView);
route('/restablecer', resetPasswordView);
route('/cuenta', loggedIn(accountView));
route('/privacidad', privacyView);
notFound(({ page, title }) => {
    title('Página no encontrada');
    page.append(heading('Página no encontrada'),
        h('p', {}, 'Esta dirección no existe. ', h('a', { href: '#/' }, 'Volver a los videos')));
});

function renderNav() {
    const current = currentPath().split('?')[0];
    const link = (path, text) => h('li', {}, h('a', {
        href: `#${path}`,
        'aria-current': current === path || (path === '/mis-videos' && current.startsWith('/videos/'))
            || (path === '/staff' && current.startsWith('/staff/')) ? 'page' : null,
    }, text));
    const user = session.current();
    const items = [link('/', 'Videos'), link('/ranking', 'Ranking')];
    if (user) {
        items.push(link('/mis-videos', 'Mis videos'), link('/cuenta', 'Mi cuenta'));
        if (knownStaff()) {
            items.push(link('/staff', 'Staff'));
        }
        items.push(h('li', {}, h('button', {
            type: 'button', class: 'link-button', title: user.email,
            onclick: () => {
                session.clear();
                navigate('/', 'Sesión cerrada.');
            },
        }, 'Salir')));
    } else {
        items.push(link('/login', 'Iniciar sesión'), link('/signup', 'Crear cuenta'));
    }
    document.getElementById('nav').replaceChildren(...items);
}

// The skip link moves focus itself: following "#contenido" would change the route.
document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('contenido').focus();
});
window.addEventListener('session-change', renderNav);
// the staff link appears once GET /api/me says the account is staff's
window.addEventListener('session-change', () => isStaff().catch(() => false));
window.addEventListener('role-known', renderNav);
window.addEventListener('session-change', accountBanner.refresh);
window.addEventListener('account-verified', accountBanner.refresh);
window.addEventListener('route-change', renderNav);
// a login or logout in another tab
window.addEventListener('storage', renderNav);
accountBanner.refresh();
isStaff().catch(() => false);
start();
