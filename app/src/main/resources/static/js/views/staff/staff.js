// The staff console, #/staff/<section>: only for staff accounts. A logged-out visitor goes to the login form (and
// back here afterwards); a logged-in player is told the page is for staff. Each section is its own module.
import { session } from '../../api.js';
import { h, heading, messageArea } from '../../dom.js';
import { currentPath, navigate, withQuery } from '../../router.js';
import { auditSection } from './audit.js';
import { citiesSection } from './cities.js';
import { contestSection } from './contest.js';
import { moderationSection } from './moderation.js';
import { resultsSection } from './results.js';
import { isStaff } from './staff-role.js';
import { suspiciousSection } from './suspicious.js';

const SECTIONS = [
    { path: 'concurso', label: 'Concurso', render: contestSection },
    { path: 'moderacion', label: 'Moderación', render: moderationSection },
    { path: 'votos', label: 'Votos sospechosos', render: suspiciousSection },
    { path: 'ciudades', label: 'Ciudades', render: citiesSection },
    { path: 'resultados', label: 'Resultados', render: resultsSection },
    { path: 'registro', label: 'Registro', render: auditSection },
];

export function staffView(context) {
    const { page, title, params } = context;
    title('Consola del staff');
    if (!session.current()) {
        navigate(withQuery('/login', { next: currentPath() }), 'Inicia sesión con una cuenta del staff.');
        return;
    }
    const section = SECTIONS.find((candidate) => candidate.path === params.section);
    if (params.section && !section) {
        page.append(heading('Sección no encontrada'),
            h('p', {}, 'La consola del staff no tiene esa sección. ', h('a', { href: '#/staff' }, 'Ir a la consola')));
        return;
    }
    const status = messageArea();
    page.append(heading('Consola del staff'), status);
    status.show('Comprobando tu cuenta…');
    isStaff().then((staff) => {
        if (!staff) {
            page.replaceChildren(heading('Solo para el staff'), h('p', { class: 'message', 'data-kind': 'error',
                role: 'alert' }, 'Esta página es solo para el staff de la ANB. Tu cuenta no tiene ese permiso.'),
            h('p', {}, h('a', { href: '#/' }, 'Volver a los videos')));
            return;
        }
        status.clear();
        const current = section ?? SECTIONS[0];
        title(`${current.label} · Staff`);
        const body = h('section', { class: 'staff-section', 'aria-labelledby': 'staff-seccion' },
            h('h2', { id: 'staff-seccion' }, current.label));
        page.append(tabs(current), body);
        current.render({ ...context, body });
    }).catch((error) => status.show(error.message, 'error'));
}

function tabs(current) {
    return h('nav', { class: 'staff-tabs', 'aria-label': 'Secciones de la consola' },
        h('ul', {}, ...SECTIONS.map((section) => h('li', {}, h('a', {
            href: `#/staff/${section.path}`,
            'aria-current': section === current ? 'page' : null,
        }, section.label)))));
}
